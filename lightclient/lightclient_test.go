package lightclient_test

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/lightclient"
)

// child returns a hand-built header on top of parent, told apart from any
// real block by tag in its extra data.
func child(parent *types.Header, tag byte) *types.Header {
	h := types.CopyHeader(parent)
	h.ParentHash = parent.Hash()
	h.Number = new(big.Int).Add(parent.Number, common.Big1)
	h.Time = parent.Time + 1
	h.Extra = []byte{tag}
	return h
}

// otherKey is a key a dishonest host holds instead of the authority's.
func otherKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestNew(t *testing.T) {
	r := chainRecording(t)
	dev := r.config(8, 2)
	dev.HeaderAuth, dev.Authority = enclave.HeaderAuthDev, common.Address{}
	zeroWindow := r.config(0, 0)
	tooManyConfirmations := r.config(8, 8)
	for _, c := range []struct {
		name       string
		cfg        enclave.Config
		opts       lightclient.Options
		want       string
		wantWindow uint32
	}{
		{"authority", r.config(8, 2), lightclient.Options{}, "", 8},
		{"zero window takes the default", zeroWindow, lightclient.Options{}, "", enclave.DefaultHeaderWindow},
		{"dev without --insecure", dev, lightclient.Options{}, datatrade.EINSECURE, 0},
		{"dev with --insecure", dev, lightclient.Options{AllowDev: true}, "", 8},
		{"confirmations beyond the window", tooManyConfirmations, lightclient.Options{}, datatrade.EINVALID, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			lc, err := lightclient.New(c.cfg, c.opts)
			wantCode(t, "New", err, c.want)
			if err == nil {
				if got := lc.Config().HeaderWindow; got != c.wantWindow {
					t.Errorf("window: got %d, want %d", got, c.wantWindow)
				}
				if lc.Head() != nil || lc.Len() != 0 {
					t.Errorf("new client: head %v, len %d; want empty", lc.Head(), lc.Len())
				}
			}
		})
	}
}

func TestAdd(t *testing.T) {
	r := chainRecording(t)
	authorityKey := devnode.DevAuthorityKey()
	if got := crypto.PubkeyToAddress(authorityKey.PublicKey); got != r.authority {
		t.Fatalf("recorded chain's authority is %s, the dev authority key's address %s", r.authority, got)
	}
	blk := func(i int) *types.Header { return r.blocks[i].header }
	devCfg := func() enclave.Config {
		c := r.config(8, 2)
		c.HeaderAuth, c.Authority = enclave.HeaderAuthDev, common.Address{}
		return c
	}
	for _, c := range []struct {
		name string
		cfg  func() enclave.Config // nil: r.config(64, 2)
		fed  int                   // real blocks fed first
		add  func(t *testing.T) (*types.Header, []byte)
		want string
	}{
		{name: "next real block", fed: 3, add: func(*testing.T) (*types.Header, []byte) { return blk(4), r.blocks[4].sig }},
		{name: "first block after the checkpoint", add: func(*testing.T) (*types.Header, []byte) { return blk(1), r.blocks[1].sig }},
		{name: "known block again", fed: 3, add: func(*testing.T) (*types.Header, []byte) { return blk(2), r.blocks[2].sig }},
		{name: "fake chain: real header re-signed by the host's key", add: func(t *testing.T) (*types.Header, []byte) {
			return blk(1), signed(t, blk(1), otherKey(t))
		}, want: datatrade.EINTEGRITY},
		{name: "fake chain: invented block signed by the host's key", fed: 3, add: func(t *testing.T) (*types.Header, []byte) {
			h := child(blk(3), 0xfa)
			return h, signed(t, h, otherKey(t))
		}, want: datatrade.EINTEGRITY},
		{name: "forged header: receipts root changed", fed: 1, add: func(t *testing.T) (*types.Header, []byte) {
			h := types.CopyHeader(blk(2))
			h.ReceiptHash = crypto.Keccak256Hash([]byte("fake receipts"))
			return h, r.blocks[2].sig
		}, want: datatrade.EINTEGRITY},
		{name: "broken parent link: a block skipped", fed: 3, add: func(*testing.T) (*types.Header, []byte) { return blk(5), r.blocks[5].sig }, want: datatrade.EINTEGRITY},
		{name: "wrong checkpoint", cfg: func() enclave.Config {
			c := r.config(64, 2)
			c.Checkpoint.Hash = crypto.Keccak256Hash([]byte("another genesis"))
			return c
		}, add: func(*testing.T) (*types.Header, []byte) { return blk(1), r.blocks[1].sig }, want: datatrade.EINTEGRITY},
		{name: "header below a later checkpoint", cfg: func() enclave.Config {
			c := r.config(64, 2)
			c.Checkpoint = enclave.Checkpoint{Number: 5, Hash: blk(5).Hash()}
			return c
		}, add: func(*testing.T) (*types.Header, []byte) { return blk(3), r.blocks[3].sig }, want: datatrade.ECONFLICT},
		{name: "first header after a later checkpoint", cfg: func() enclave.Config {
			c := r.config(64, 2)
			c.Checkpoint = enclave.Checkpoint{Number: 5, Hash: blk(5).Hash()}
			return c
		}, add: func(*testing.T) (*types.Header, []byte) { return blk(6), r.blocks[6].sig }},
		{name: "number not consecutive, signed by the authority", fed: 3, add: func(t *testing.T) (*types.Header, []byte) {
			h := child(blk(3), 0x01)
			h.Number = big.NewInt(9)
			return h, signed(t, h, authorityKey)
		}, want: datatrade.EINTEGRITY},
		{name: "timestamp before the parent's, signed by the authority", fed: 3, add: func(t *testing.T) (*types.Header, []byte) {
			h := child(blk(3), 0x02)
			h.Time = blk(3).Time - 1
			return h, signed(t, h, authorityKey)
		}, want: datatrade.EINTEGRITY},
		{name: "truncated signature", add: func(*testing.T) (*types.Header, []byte) { return blk(1), r.blocks[1].sig[:64] }, want: datatrade.EINTEGRITY},
		{name: "malleated signature (high S)", add: func(*testing.T) (*types.Header, []byte) { return blk(1), highS(r.blocks[1].sig) }, want: datatrade.EINTEGRITY},
		{name: "no signature", add: func(*testing.T) (*types.Header, []byte) { return blk(1), nil }, want: datatrade.EINTEGRITY},
		{name: "nil header", add: func(*testing.T) (*types.Header, []byte) { return nil, nil }, want: datatrade.EINVALID},
		{name: "dev takes a forged header: why it needs --insecure", cfg: devCfg, fed: 1, add: func(t *testing.T) (*types.Header, []byte) {
			h := types.CopyHeader(blk(2))
			h.ReceiptHash = crypto.Keccak256Hash([]byte("fake receipts"))
			return h, nil
		}},
		{name: "dev still checks the link", cfg: devCfg, fed: 1, add: func(t *testing.T) (*types.Header, []byte) { return blk(3), nil }, want: datatrade.EINTEGRITY},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := r.config(64, 2)
			if c.cfg != nil {
				cfg = c.cfg()
			}
			lc, err := lightclient.New(cfg, lightclient.Options{AllowDev: cfg.HeaderAuth == enclave.HeaderAuthDev})
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Checkpoint.Number == 0 {
				r.feed(t, lc, 1, c.fed)
			}
			before := lc.Len()
			h, sig := c.add(t)
			err = lc.Add(h, sig)
			wantCode(t, "Add", err, c.want)
			if err != nil {
				if lc.Len() != before {
					t.Errorf("a refused header changed the window: len %d, want %d", lc.Len(), before)
				}
				return
			}
			if _, ok := lc.Header(h.Hash()); !ok {
				t.Errorf("accepted header %d is not in the window", h.Number)
			}
		})
	}
}

// highS returns the other valid-looking signature over the same hash
// (s → n−s, V flipped), which go-ethereum's crypto.Sign never makes.
func highS(sig []byte) []byte {
	out := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(out[32:64])
	out[64] ^= 1
	return out
}

func TestRealChainHead(t *testing.T) {
	r := chainRecording(t)
	lc := r.client(t, 64, 2, r.head())
	if got, want := lc.Head().Hash(), r.blocks[r.head()].header.Hash(); got != want {
		t.Errorf("head: got %s, want %s", got, want)
	}
	if got, want := lc.Len(), r.head(); got != want {
		t.Errorf("len: got %d, want %d", got, want)
	}
	if got := lc.Anchor(); got.Number != 0 || got.Hash != r.blocks[0].header.Hash() {
		t.Errorf("anchor: got %+v, want the genesis checkpoint", got)
	}
}

func TestConfirmed(t *testing.T) {
	r := chainRecording(t)
	k := r.paid.block
	paidHash := r.blocks[k].header.Hash()
	for _, c := range []struct {
		name      string
		fed       int
		hash      common.Hash
		wantDepth uint64
		wantOK    bool
	}{
		{"block is the head", k, paidHash, 0, false},
		{"two on top", k + 2, paidHash, 2, false},
		{"three on top", k + 3, paidHash, 3, true},
		{"many on top", r.head(), paidHash, uint64(r.head() - k), true},
		{"block not fed yet", k - 1, paidHash, 0, false},
		{"unknown block", r.head(), crypto.Keccak256Hash([]byte("nothing")), 0, false},
		{"the checkpoint", 4, r.blocks[0].header.Hash(), 4, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			lc := r.client(t, 64, 3, c.fed)
			depth, ok := lc.Confirmed(c.hash)
			if depth != c.wantDepth || ok != c.wantOK {
				t.Errorf("Confirmed: got (%d, %v), want (%d, %v)", depth, ok, c.wantDepth, c.wantOK)
			}
		})
	}
}

func TestVerifyReceipt(t *testing.T) {
	r := chainRecording(t)
	lc := r.client(t, 64, 3, r.head())
	for _, c := range []struct {
		name  string
		proof func(t *testing.T) lightclient.ReceiptProof
		lc    func(t *testing.T) *lightclient.Client // nil: lc
		want  string
	}{
		{name: "payment", proof: func(t *testing.T) lightclient.ReceiptProof { return r.proof(t, r.paid) }},
		{name: "proof from another block", proof: func(t *testing.T) lightclient.ReceiptProof {
			p := r.proof(t, r.paid)
			p.BlockHash = r.blocks[r.paid.block+1].header.Hash()
			return p
		}, want: datatrade.EINTEGRITY},
		{name: "proof of one transaction claimed for another", proof: func(t *testing.T) lightclient.ReceiptProof {
			p := r.proof(t, r.paid)
			p.TxIndex++
			return p
		}, want: datatrade.EINTEGRITY},
		{name: "failed transaction", proof: func(t *testing.T) lightclient.ReceiptProof { return r.proof(t, r.failed) }, want: datatrade.EINTEGRITY},
		{name: "tampered proof node", proof: func(t *testing.T) lightclient.ReceiptProof {
			p := r.proof(t, r.paid)
			last := bytes.Clone(p.Nodes[len(p.Nodes)-1])
			last[len(last)-1] ^= 1
			p.Nodes[len(p.Nodes)-1] = last
			return p
		}, want: datatrade.EINTEGRITY},
		{name: "no proof nodes", proof: func(t *testing.T) lightclient.ReceiptProof {
			return lightclient.ReceiptProof{BlockHash: r.blocks[r.paid.block].header.Hash()}
		}, want: datatrade.EINVALID},
		{name: "block unknown to the window", proof: func(t *testing.T) lightclient.ReceiptProof {
			p := r.proof(t, r.paid)
			p.BlockHash = crypto.Keccak256Hash([]byte("elsewhere"))
			return p
		}, want: datatrade.ENOTFOUND},
		{name: "block not fed yet", proof: func(t *testing.T) lightclient.ReceiptProof { return r.proof(t, r.paid) },
			lc: func(t *testing.T) *lightclient.Client { return r.client(t, 64, 3, r.paid.block-1) }, want: datatrade.ENOTFOUND},
	} {
		t.Run(c.name, func(t *testing.T) {
			client := lc
			if c.lc != nil {
				client = c.lc(t)
			}
			p := c.proof(t)
			rc, err := client.VerifyReceipt(p)
			wantCode(t, "VerifyReceipt", err, c.want)
			if err != nil {
				return
			}
			want := r.blocks[r.paid.block].receipts[r.paid.index]
			if rc.BlockHash != want.BlockHash || rc.BlockNumber.Cmp(want.BlockNumber) != 0 || rc.TransactionIndex != want.TransactionIndex {
				t.Errorf("receipt position: got block %s #%v tx %d, want %s #%v tx %d", rc.BlockHash, rc.BlockNumber, rc.TransactionIndex,
					want.BlockHash, want.BlockNumber, want.TransactionIndex)
			}
			if rc.CumulativeGasUsed != want.CumulativeGasUsed || len(rc.Logs) != len(want.Logs) {
				t.Errorf("receipt: got gas %d, %d logs; want %d, %d", rc.CumulativeGasUsed, len(rc.Logs), want.CumulativeGasUsed, len(want.Logs))
			}
		})
	}
}

// TestEveryReceiptProves proves every receipt of the recorded chain: every
// successful one verifies and equals the node's, the failed one is refused.
func TestEveryReceiptProves(t *testing.T) {
	r := chainRecording(t)
	lc := r.client(t, 64, 0, r.head())
	for b := 1; b <= r.head(); b++ {
		for i, want := range r.blocks[b].receipts {
			got, err := lc.VerifyReceipt(r.proof(t, txPos{b, i}))
			if want.Status != types.ReceiptStatusSuccessful {
				wantCode(t, "VerifyReceipt(failed tx)", err, datatrade.EINTEGRITY)
				continue
			}
			if err != nil {
				t.Fatalf("block %d receipt %d: %v", b, i, err)
			}
			if got.CumulativeGasUsed != want.CumulativeGasUsed || got.Bloom != want.Bloom || len(got.Logs) != len(want.Logs) {
				t.Errorf("block %d receipt %d differs from the node's", b, i)
			}
		}
	}
}

func TestMatchEvent(t *testing.T) {
	r := chainRecording(t)
	lc := r.client(t, 64, 3, r.head())
	verified := func(pos txPos) *types.Receipt {
		rc, err := lc.VerifyReceipt(r.proof(t, pos))
		if err != nil {
			t.Fatalf("VerifyReceipt: %v", err)
		}
		return rc
	}
	paid, fake := verified(r.paid), verified(r.fake)
	for _, c := range []struct {
		name     string
		receipt  *types.Receipt
		contract common.Address
		topic    common.Hash
		tradeID  *big.Int
		check    lightclient.LogCheck
		want     string
	}{
		{"payment of trade 1", paid, r.escrow, tradePaidTopic, big.NewInt(1), lightclient.WantWord(0, r.price), ""},
		{"no data check", paid, r.escrow, tradePaidTopic, big.NewInt(1), nil, ""},
		{"look-alike contract at another address", fake, r.escrow, tradePaidTopic, big.NewInt(1), lightclient.WantWord(0, r.price), datatrade.EINTEGRITY},
		{"evidence replayed for another trade", paid, r.escrow, tradePaidTopic, big.NewInt(2), lightclient.WantWord(0, r.price), datatrade.ENOTFOUND},
		{"amount short of the price", paid, r.escrow, tradePaidTopic, big.NewInt(1), lightclient.WantWord(0, new(big.Int).Add(r.price, common.Big1)), datatrade.EINTEGRITY},
		{"amount word missing", paid, r.escrow, tradePaidTopic, big.NewInt(1), lightclient.WantWord(1, r.price), datatrade.EINTEGRITY},
		{"another event", paid, r.escrow, crypto.Keccak256Hash([]byte("TradeCancelled(uint256)")), big.NewInt(1), nil, datatrade.ENOTFOUND},
		{"negative trade id", paid, r.escrow, tradePaidTopic, big.NewInt(-1), nil, datatrade.EINVALID},
		{"nil trade id", paid, r.escrow, tradePaidTopic, nil, nil, datatrade.EINVALID},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := lightclient.MatchEvent(c.receipt, c.contract, c.topic, c.tradeID, c.check)
			wantCode(t, "MatchEvent", err, c.want)
			if err == nil && (l.Address != c.contract || l.Topics[1] != common.BigToHash(c.tradeID)) {
				t.Errorf("matched log from %s for %s, want %s for %s", l.Address, l.Topics[1], c.contract, c.tradeID)
			}
		})
	}
}

// TestReorg feeds two authenticated branches forking below the payment's
// block: the branch with more blocks wins, ties go to the first seen, and
// the payment is final only while its branch is canonical.
func TestReorg(t *testing.T) {
	r := chainRecording(t)
	k := r.paid.block
	authorityKey := devnode.DevAuthorityKey()
	// branch[i] has number k+i and forks from real block k-1.
	branch := []*types.Header{nil}
	parent := r.blocks[k-1].header
	for i := 0; i < 6; i++ {
		h := child(parent, 0xb0+byte(i))
		branch = append(branch, h)
		parent = h
	}
	canonical := func(n int) (*types.Header, []byte) { return r.blocks[n].header, r.blocks[n].sig }
	fork := func(n int) (*types.Header, []byte) {
		h := branch[n-k+1]
		return h, signed(t, h, authorityKey)
	}
	forged := func(n int) (*types.Header, []byte) {
		h := branch[n-k+1]
		return h, signed(t, h, otherKey(t))
	}
	lc := r.client(t, 64, 3, k+3)
	paidHash := r.blocks[k].header.Hash()
	type step struct {
		name      string
		headers   func() ([]*types.Header, [][]byte)
		want      string
		wantHead  common.Hash
		wantFinal bool
	}
	seq := func(f func(int) (*types.Header, []byte), from, to int) func() ([]*types.Header, [][]byte) {
		return func() (hs []*types.Header, sigs [][]byte) {
			for n := from; n <= to; n++ {
				h, s := f(n)
				hs, sigs = append(hs, h), append(sigs, s)
			}
			return hs, sigs
		}
	}
	for _, s := range []step{
		{"competing branch as long as the real one: first seen stays", seq(fork, k, k+3), "", r.blocks[k+3].header.Hash(), true},
		{"longer branch signed by a host key is refused", seq(forged, k+4, k+4), datatrade.EINTEGRITY, r.blocks[k+3].header.Hash(), true},
		{"longer authenticated branch wins", seq(fork, k+4, k+4), "", branch[5].Hash(), false},
		{"real chain grows longer again", seq(canonical, k+4, k+5), "", r.blocks[k+5].header.Hash(), true},
	} {
		hs, sigs := s.headers()
		var err error
		for i := range hs {
			if err = lc.Add(hs[i], sigs[i]); err != nil {
				break
			}
		}
		wantCode(t, s.name, err, s.want)
		if got := lc.Head().Hash(); got != s.wantHead {
			t.Fatalf("%s: head %s (#%d), want %s", s.name, got, lc.Head().Number, s.wantHead)
		}
		if _, final := lc.Confirmed(paidHash); final != s.wantFinal {
			t.Fatalf("%s: payment final %v, want %v", s.name, final, s.wantFinal)
		}
		_, err = lc.VerifyReceipt(r.proof(t, r.paid))
		if s.wantFinal {
			wantCode(t, s.name+": VerifyReceipt", err, "")
		} else {
			wantCode(t, s.name+": VerifyReceipt", err, datatrade.ECONFLICT)
		}
	}
}
