package exchange

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/store/unixfs"
)

// PreparedDigest is the digest of the statement that exchange will deliver
// the trade's data (root) as the ciphertext whose CID hashes to cidHash:
// the Delivery it signs after payment names that ciphertext and no other.
func PreparedDigest(cfg *enclave.Config, exchange, tradeID uint64, root, cidHash common.Hash) common.Hash {
	return statementDigest(cfg, "prepared", u64Word(exchange), u64Word(tradeID), root.Bytes(), cidHash.Bytes())
}

// Prepared names the buyer's ciphertext of a trade before payment, signed
// by the enclave (PreparedDigest).
type Prepared struct {
	TradeID       uint64 `json:"trade_id"`
	Exchange      uint64 `json:"exchange_id"`
	CiphertextCID string `json:"ciphertext_cid"`
	Signed
}

// VerifyPrepared checks that p is the enclave enclaveAddr's statement for
// tradeID and root, naming p.CiphertextCID; the buyer then fetches that CID
// and checks the bytes hash to it (the store does) before paying.
func VerifyPrepared(cfg *enclave.Config, enclaveAddr common.Address, root common.Hash, p *Prepared) error {
	want := PreparedDigest(cfg, p.Exchange, p.TradeID, root, crypto.Keccak256Hash([]byte(p.CiphertextCID)))
	if p.Digest != want {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the prepared statement is not for trade %d of exchange %d with root %s", p.TradeID, p.Exchange, root)
	}
	signer, err := recoverAddress(p.Digest, p.Signature)
	if err != nil || signer != enclaveAddr {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the prepared statement is not signed by the enclave %s", enclaveAddr)
	}
	return nil
}

// Prepare makes the buyer's ciphertext of a verified trade BEFORE payment,
// under a fresh K_D that stays in the enclave, and returns it with the
// signed statement naming its CID. Without K_D the bytes are worthless, so
// they can go to the buyer at once: a buyer who fetched them and checked
// their CID against the statement pays knowing that the host can no longer
// withhold the data after the payment (the Delivery, signed only after
// Commit, names the same CID). Calling it again returns the same bytes and
// statement.
//
// Security contract: refused unless CheckData verified every chunk against
// R. It signs only a statement binding the trade, this exchange, R and the
// CID the enclave computed itself (unixfs.DefaultParams). K_D leaves the
// enclave only wrapped to the buyer, and that only through Commit and
// Reveal.
func (p *Program) Prepare(ctx context.Context, tradeID uint64) ([]byte, *Prepared, error) {
	var key envelope.DataKey
	var dsid envelope.DatasetID
	if _, err := io.ReadFull(p.rand, key[:]); err != nil {
		return nil, nil, fmt.Errorf("draw K_D: %w", err)
	}
	defer clear(key[:])
	if _, err := io.ReadFull(p.rand, dsid[:]); err != nil {
		return nil, nil, fmt.Errorf("draw dataset id: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	t, err := p.get(tradeID)
	if err != nil {
		return nil, nil, err
	}
	if (t.state != stateVerified && t.state != stateCommitted) || t.data == nil {
		return nil, nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d: data not verified (or verified before a restart: hand the data over again)", tradeID)
	}
	if t.prepared {
		ct, err := p.encryptForBuyer(ctx, t)
		if err != nil {
			return nil, nil, err
		}
		s, err := p.sign(PreparedDigest(&p.cfg, p.exchange, tradeID, t.t.Root, t.cidHash))
		if err != nil {
			return nil, nil, err
		}
		return ct, &Prepared{TradeID: tradeID, Exchange: p.exchange, CiphertextCID: t.cidName, Signed: s}, nil
	}
	// One pass: the ciphertext is sealed into the buffer and named (its
	// IPFS DAG hashed) as it is written.
	var ct bytes.Buffer
	ct.Grow(int(envelope.SealedSize(int64(len(t.data)), p.chunkSize)))
	dag := unixfs.NewBuilder(unixfs.DefaultParams, nil)
	if _, _, err := envelope.Encrypt(ctx, io.MultiWriter(&ct, dag), bytes.NewReader(t.data), key, envelope.WriterOptions{ChunkSize: p.chunkSize, DatasetID: dsid}); err != nil {
		return nil, nil, err
	}
	root, _, err := dag.Sum()
	if err != nil {
		return nil, nil, err
	}
	name := unixfs.Name(root).String()
	t.kd, t.dsid = key, dsid
	t.cidName, t.cidHash, t.prepared = name, crypto.Keccak256Hash([]byte(name)), true
	s, err := p.sign(PreparedDigest(&p.cfg, p.exchange, tradeID, t.t.Root, t.cidHash))
	if err != nil {
		return nil, nil, err
	}
	return ct.Bytes(), &Prepared{TradeID: tradeID, Exchange: p.exchange, CiphertextCID: t.cidName, Signed: s}, nil
}
