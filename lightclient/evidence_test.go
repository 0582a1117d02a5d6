package lightclient_test

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
)

// evidence returns the host's evidence for pos with blocks from..to.
func (r *recording) evidence(t *testing.T, pos txPos, from, to int) *lightclient.Evidence {
	t.Helper()
	e := &lightclient.Evidence{Receipt: r.proof(t, pos)}
	for n := from; n <= to; n++ {
		e.Headers = append(e.Headers, lightclient.SignedHeader{Header: r.blocks[n].header, Signature: r.blocks[n].sig})
	}
	return e
}

// TestEvidence plays the claim of a payment as the host sends it: encoded,
// decoded inside, verified, matched against the trade.
func TestEvidence(t *testing.T) {
	r := chainRecording(t)
	const confirmations = 3
	// Block numbers are relative to the claimed transaction's block.
	for _, c := range []struct {
		name     string
		pos      txPos
		fed      int // the window holds blocks up to pos.block+fed
		from, to int // the evidence carries blocks pos.block+from .. pos.block+to
		forge    bool
		tradeID  int64
		want     string // of VerifyEvidence, then MatchEvent
	}{
		{"payment with enough confirmations", r.paid, -1, 0, confirmations, false, 1, ""},
		{"overlapping headers the window holds", r.paid, 1, -1, confirmations, false, 1, ""},
		{"no headers, window already deep enough", r.paid, confirmations + 1, 1, 0, false, 1, ""},
		{"too few confirmations", r.paid, -1, 0, confirmations - 1, false, 1, datatrade.ECONFLICT},
		{"headers missing in between", r.paid, -1, 1, confirmations + 1, false, 1, datatrade.EINTEGRITY},
		{"evidence replayed for another trade", r.paid, -1, 0, confirmations, false, 2, datatrade.ENOTFOUND},
		{"look-alike contract's event", r.fake, -1, 0, confirmations, false, 1, datatrade.EINTEGRITY},
		{"failed transaction", r.failed, -1, 0, confirmations, false, 1, datatrade.EINTEGRITY},
		{"forged header inside", r.paid, -1, 0, confirmations, true, 1, datatrade.EINTEGRITY},
	} {
		t.Run(c.name, func(t *testing.T) {
			k := c.pos.block
			lc := r.client(t, 64, confirmations, k+c.fed)
			e := r.evidence(t, c.pos, max(k+c.from, 0), k+c.to)
			if c.forge {
				h := types.CopyHeader(e.Headers[0].Header)
				h.ReceiptHash = common.Hash{1}
				e.Headers[0].Header = h
			}
			b, err := e.Encode()
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			got, err := lightclient.DecodeEvidence(b)
			if err != nil {
				t.Fatalf("DecodeEvidence: %v", err)
			}
			rc, err := lc.VerifyEvidence(got)
			if err == nil {
				_, err = lightclient.MatchEvent(rc, r.escrow, tradePaidTopic, big.NewInt(c.tradeID), lightclient.WantWord(0, r.price))
			}
			wantCode(t, "VerifyEvidence+MatchEvent", err, c.want)
		})
	}
}

func TestEvidenceEncoding(t *testing.T) {
	r := chainRecording(t)
	e := r.evidence(t, r.paid, 1, 4)
	b, err := e.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := lightclient.DecodeEvidence(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Headers) != len(e.Headers) || got.Receipt.BlockHash != e.Receipt.BlockHash || got.Receipt.TxIndex != e.Receipt.TxIndex || len(got.Receipt.Nodes) != len(e.Receipt.Nodes) {
		t.Fatalf("round trip: got %d headers, block %s tx %d, %d nodes", len(got.Headers), got.Receipt.BlockHash, got.Receipt.TxIndex, len(got.Receipt.Nodes))
	}
	for i := range e.Headers {
		if got.Headers[i].Header.Hash() != e.Headers[i].Header.Hash() || !bytes.Equal(got.Headers[i].Signature, e.Headers[i].Signature) {
			t.Errorf("header %d changed in the round trip", i)
		}
	}

	body := b[5:]
	var raw []any
	if err := rlp.DecodeBytes(body, &raw); err != nil {
		t.Fatal(err)
	}
	nonCanonical := append(bytes.Clone(b[:5]), 0xf9, 0x00, 0x01, 0x80) // a long-form length for a short list
	for _, c := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"magic only", b[:5]},
		{"other version", append([]byte("DTev\x02"), body...)},
		{"truncated", b[:len(b)-1]},
		{"trailing byte", append(bytes.Clone(b), 0)},
		{"non-canonical RLP", nonCanonical},
		{"header nil", mustEncodeRaw(t, []any{[]any{[]any{[]byte{}, []byte{}}}, common.Hash{}, uint64(0), [][]byte{}})},
		{"oversized", make([]byte, lightclient.MaxEvidenceBytes+1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := lightclient.DecodeEvidence(c.b)
			wantCode(t, "DecodeEvidence", err, datatrade.EINVALID)
		})
	}

	t.Run("encode refuses a nil header", func(t *testing.T) {
		_, err := (&lightclient.Evidence{Headers: []lightclient.SignedHeader{{}}}).Encode()
		wantCode(t, "Encode", err, datatrade.EINVALID)
	})
}

func mustEncodeRaw(t *testing.T, v any) []byte {
	t.Helper()
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	return append([]byte("DTev\x01"), b...)
}

// FuzzDecodeEvidence feeds the decoder untrusted bytes: it must not panic,
// and whatever it accepts must re-encode to the same bytes and be safe to
// verify.
func FuzzDecodeEvidence(f *testing.F) {
	f.Add(syntheticEvidence(f, 3))
	f.Add(syntheticEvidence(f, 0))
	f.Add([]byte("DTev\x01\xc0"))
	f.Add([]byte("DTev\x01\xe3\xc0\xa0" + strings.Repeat("\x00", 32) + "\x80\xc0"))
	cfg := syntheticConfig()
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := lightclient.DecodeEvidence(b)
		if err != nil {
			if datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Fatalf("decode error code %s: %v", datatrade.ErrorCode(err), err)
			}
			return
		}
		again, err := e.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted input does not re-encode to itself: %v", err)
		}
		lc, err := lightclient.New(cfg, lightclient.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, _ = lc.VerifyEvidence(e)
	})
}

// syntheticConfig and syntheticEvidence make evidence without a node, for
// fuzz seeds: a chain of n hand-made headers after a made-up checkpoint,
// signed by a test authority, with one receipt.
func syntheticConfig() enclave.Config {
	return enclave.Config{
		ChainID: 1, Registry: common.Address{1}, Market: common.Address{2}, Escrow: common.Address{3},
		Domain:     enclave.Domain{Name: "datatrade", Version: "1"},
		Checkpoint: enclave.Checkpoint{Number: 10, Hash: crypto.Keccak256Hash([]byte("checkpoint"))},
		HeaderAuth: "authority", Authority: crypto.PubkeyToAddress(syntheticKey().PublicKey),
		HeaderWindow: 16, Confirmations: 1,
	}
}

// syntheticKey is the test authority of syntheticConfig.
func syntheticKey() *ecdsa.PrivateKey {
	return crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("synthetic authority")))
}

func syntheticEvidence(tb testing.TB, n int) []byte {
	tb.Helper()
	receipts := types.Receipts{{Type: types.DynamicFeeTxType, Status: 1, CumulativeGasUsed: 21000,
		Logs: []*types.Log{{Address: common.Address{3}, Topics: []common.Hash{tradePaidTopic, common.BigToHash(common.Big1)}, Data: make([]byte, 32)}}}}
	headers, err := syntheticChain(n, receipts)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := proof.BuildReceiptProof(receipts, 0)
	if err != nil {
		tb.Fatal(err)
	}
	if n > 0 {
		p.BlockHash = headers[0].Header.Hash()
	}
	b, err := (&lightclient.Evidence{Headers: headers, Receipt: p}).Encode()
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestGuardImports keeps the light client inside the enclave boundary: no
// network client, chain client, store or market package, directly or
// through its dependencies.
func TestGuardImports(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	out, err := exec.Command(goTool, "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	const module = "github.com/datatrade/datatrade"
	forbidden := []string{
		"net/http",
		module + "/chain", module + "/store", module + "/market", module + "/contracts", module + "/lightclient/proof",
		"github.com/ethereum/go-ethereum/ethclient", "github.com/ethereum/go-ethereum/rpc",
		"github.com/ethereum/go-ethereum/node", "github.com/ethereum/go-ethereum/eth",
		"github.com/ethereum/go-ethereum/accounts",
	}
	// authsig is the header signature format, kept free of any network
	// client; its rpc fetcher lives in authsig/authrpc, still forbidden.
	authsig := module + "/chain/devnode/authsig"
	allowedOwn := map[string]bool{module: true, module + "/enclave": true, module + "/lightclient": true, authsig: true}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, module) && !allowedOwn[pkg] {
			t.Errorf("lightclient depends on %s; inside the enclave only the root package, enclave and authsig are allowed", pkg)
		}
		if pkg == authsig {
			continue
		}
		for _, f := range forbidden {
			if pkg == f || strings.HasPrefix(pkg, f+"/") {
				t.Errorf("lightclient depends on %s, a host-side package", pkg)
			}
		}
	}
}
