package agent

import (
	"bytes"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
)

// CheckRecord compares an enclave's trade record (already checked with
// exchange.VerifyRecord) with the trade as the chain has it: the record
// must be exchangeID's and name the same trade, listing, parties, price,
// fee deposit, root, exchanges, deadline and buyer key. A host that
// answers with another trade's record, or an enclave fed another chain,
// fails here. Errors are EINTEGRITY and name the first field that differs.
func CheckRecord(rec *exchange.TradeRecord, exchangeID uint64, t *datatrade.Trade) error {
	if rec == nil || rec.Trade.Price == nil || rec.Trade.FeeDeposit == nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "incomplete trade record")
	}
	r := &rec.Trade
	ids := make([]uint64, len(t.Exchanges))
	for i, x := range t.Exchanges {
		ids[i] = x.ID
	}
	var field string
	switch {
	case rec.Exchange != exchangeID:
		field = "exchange"
	case r.ID != t.ID:
		field = "trade id"
	case r.Listing != t.ListingID:
		field = "listing"
	case r.Buyer != t.Buyer:
		field = "buyer"
	case r.Seller != t.Seller:
		field = "seller"
	case t.Price == nil || r.Price.Cmp(t.Price) != 0:
		field = "price"
	case t.FeeDeposit == nil || r.FeeDeposit.Cmp(t.FeeDeposit) != 0:
		field = "fee deposit"
	case r.Root != t.Root:
		field = "root"
	case !slices.Equal(r.Exchanges, ids):
		field = "exchanges"
	case t.Deadline.Unix() < 0 || r.Deadline != uint64(t.Deadline.Unix()):
		field = "deadline"
	case !bytes.Equal(r.BuyerPubKey, t.BuyerPubKey):
		field = "buyer key"
	default:
		return nil
	}
	return datatrade.Errorf(datatrade.EINTEGRITY, "exchange %d's record of trade %d differs from the chain in its %s", exchangeID, t.ID, field)
}

// CheckIdentity compares the attested enclave with the trade's snapshot of
// the exchange: its signing address must be the one Escrow will check the
// exchange's statements against, and its measurement the snapshotted one.
// Errors are EUNAUTHORIZED.
func CheckIdentity(keys enclave.PublicKeys, claims *enclave.Claims, x datatrade.TradeExchange) error {
	if keys.SigningAddress != x.Signer {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "exchange %d's attested enclave key %s is not the signer %s the trade names", x.ID, keys.SigningAddress, x.Signer)
	}
	if claims == nil || common.Hash(claims.MeasurementID()) != x.Measurement {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "exchange %d's attested measurement is not the one the trade names (%s)", x.ID, x.Measurement)
	}
	return nil
}

// Wrap is the seller's hand-over to an attested enclave (DESIGN.md §4
// step 5), as exchange.WrapSecrets makes it, signed by the listing owner's
// chain account: the secrets are HPKE-encrypted to the enclave's key under
// exchange.HandOverInfo, and the owner signs exchange.HandOverDigest.
func Wrap(cfg *enclave.Config, keys enclave.PublicKeys, tradeID uint64, s envelope.Secrets, owner *chain.Account) (wrapped, signature []byte, err error) {
	pt, err := s.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	defer clear(pt)
	wrapped, err = enclave.EncryptTo(keys, exchange.HandOverInfo(cfg, tradeID, keys), pt)
	if err != nil {
		return nil, nil, err
	}
	signature, err = owner.SignHash(exchange.HandOverDigest(cfg, tradeID, keys.SigningAddress, wrapped))
	if err != nil {
		return nil, nil, datatrade.Errorf(datatrade.EINTERNAL, "sign the hand-over")
	}
	return wrapped, signature, nil
}
