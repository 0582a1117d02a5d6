package broker

import (
	"bytes"
	"context"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/market"
)

// This file holds what the parties (not the platform) do: seal and sign a
// delivery, open it and sign a receipt, sign board notifications, queries
// and dispute uploads.

// Notification returns a board entry by the account (kind, trade, content),
// signed and encoded.
func Notification(a *chain.Account, kind board.Kind, tradeID uint64, content common.Hash, now time.Time) ([]byte, error) {
	e := board.Entry{TradeID: new(big.Int).SetUint64(tradeID), Kind: kind, Party: a.Address, Content: content, Time: now}
	if err := e.Sign(a); err != nil {
		return nil, err
	}
	return e.Marshal()
}

// NewDelivery is the seller's side of a delivery: it seals data to the
// buyer's key, and signs the Sent notice and its board entry. rand is the
// randomness for the data key.
func NewDelivery(ctx context.Context, rand io.Reader, d *market.Deployment, seller *chain.Account, t *market.BrokerTrade, buyerKey *envelope.PublicKey, data io.Reader, now time.Time) (Delivery, error) {
	if t.Seller != seller.Address {
		return Delivery{}, datatrade.Errorf(datatrade.EUNAUTHORIZED, "%s is not the seller of broker trade %d", seller.Address.Hex(), t.ID)
	}
	b, err := Seal(ctx, rand, data, buyerKey, WrapContext(d.ChainID, d.Broker, t.ID, PurposeDelivery))
	if err != nil {
		return Delivery{}, err
	}
	n := market.SentNotice{TradeID: t.ID, Buyer: t.Buyer, Fingerprint: t.Fingerprint, CiphertextHash: b.Hash(), SentAt: uint64(now.Unix())}
	digest := d.SentDigest(n)
	sig, err := seller.SignHash(digest)
	if err != nil {
		return Delivery{}, err
	}
	entry, err := Notification(seller, board.KindSend, t.ID, digest, now)
	if err != nil {
		return Delivery{}, err
	}
	return Delivery{Bundle: b, Notice: n, NoticeSig: sig, Entry: entry}, nil
}

// NewReceipt is the buyer's side: it opens the delivered bundle with its
// key, fingerprints the data (hint: the kind of the listing's registered
// fingerprint, from Service.Kind, or a file name such as data.csv) and signs
// the Received notice and its board entry. It returns the receipt and the
// data.
func NewReceipt(ctx context.Context, d *market.Deployment, buyer *chain.Account, t *market.BrokerTrade, b Bundle, key *envelope.PrivateKey, hint fingerprint.Hint, now time.Time) (Receipt, []byte, error) {
	if t.Buyer != buyer.Address {
		return Receipt{}, nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "%s is not the buyer of broker trade %d", buyer.Address.Hex(), t.ID)
	}
	data, err := Open(ctx, b, key, WrapContext(d.ChainID, d.Broker, t.ID, PurposeDelivery))
	if err != nil {
		return Receipt{}, nil, err
	}
	r, err := ReceiptFor(ctx, d, buyer, t, b.Hash(), data, hint, now)
	return r, data, err
}

// ReceiptFor signs a receipt for data the buyer holds (ciphertextHash names
// the bundle it came in).
func ReceiptFor(ctx context.Context, d *market.Deployment, buyer *chain.Account, t *market.BrokerTrade, ciphertextHash common.Hash, data []byte, hint fingerprint.Hint, now time.Time) (Receipt, error) {
	fp, err := fingerprint.Compute(ctx, bytes.NewReader(data), hint)
	if err != nil {
		return Receipt{}, err
	}
	enc, err := fp.MarshalBinary()
	if err != nil {
		return Receipt{}, err
	}
	commit, err := fp.Commit()
	if err != nil {
		return Receipt{}, err
	}
	n := market.ReceivedNotice{TradeID: t.ID, Seller: t.Seller, Fingerprint: common.Hash(commit), CiphertextHash: ciphertextHash, ReceivedAt: uint64(now.Unix())}
	digest := d.ReceivedDigest(n)
	sig, err := buyer.SignHash(digest)
	if err != nil {
		return Receipt{}, err
	}
	entry, err := Notification(buyer, board.KindReceive, t.ID, digest, now)
	if err != nil {
		return Receipt{}, err
	}
	return Receipt{Fingerprint: enc, Notice: n, NoticeSig: sig, Entry: entry}, nil
}

// NewUpload is the seller's upload in a dispute, sealed to the platform's
// key and signed by the seller.
func NewUpload(ctx context.Context, rand io.Reader, d *market.Deployment, seller *chain.Account, tradeID uint64, platformKey *envelope.PublicKey, data io.Reader, name string) (Upload, error) {
	b, err := Seal(ctx, rand, data, platformKey, WrapContext(d.ChainID, d.Broker, tradeID, PurposeUpload))
	if err != nil {
		return Upload{}, err
	}
	u := Upload{TradeID: tradeID, Bundle: b, Name: name}
	u.Signature, err = seller.SignHash(UploadDigest(d.ChainID, d.Broker, u))
	return u, err
}

// NewQueryCall signs query number seq of a package as its buyer.
func NewQueryCall(d *market.Deployment, buyer *chain.Account, packageID uint64, seq uint32, q Query) (QueryCall, error) {
	if err := q.Validate(); err != nil {
		return QueryCall{}, err
	}
	c := QueryCall{PackageID: packageID, Seq: seq, Query: q}
	sig, err := buyer.SignHash(d.QueryDigest(c.Request()))
	if err != nil {
		return QueryCall{}, err
	}
	c.Signature = sig
	return c, nil
}

// CheckBuyerKey is the seller's check that a key the platform hands out for
// a trade was signed by the trade's buyer (so that a platform cannot have
// the data sealed to a key of its own). Errors: EUNAUTHORIZED, EINVALID.
func CheckBuyerKey(d *market.Deployment, t *market.BrokerTrade, k BuyerKey) error {
	if k.TradeID != t.ID {
		return datatrade.Errorf(datatrade.EINVALID, "the key is for broker trade %d, not %d", k.TradeID, t.ID)
	}
	return checkSigner(BuyerKeyDigest(d.ChainID, d.Broker, t.ID, k.Key), k.Signature, t.Buyer, "buyer key")
}
