package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
)

// OpenParams opens a trade on a listing at its listed price, or on an offer.
type OpenParams struct {
	ListingID uint64
	// OfferDemand and OfferIndex, when OfferDemand is not zero, open the trade
	// on that offer at the offer's price instead of the listing's.
	OfferDemand uint64
	OfferIndex  uint64
	Exchanges   []uint64
	BuyerPubKey []byte
	Deadline    time.Time
	// Fee is the fee deposit F: the highest fee among the named exchanges.
	// Leave nil to have OpenTx read it from the registry.
	Fee *big.Int
}

// FeeFor returns the fee deposit a trade naming these exchanges needs:
// the highest fee among them.
func (m *Client) FeeFor(ctx context.Context, exchanges []uint64) (*big.Int, error) {
	if len(exchanges) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "name at least one exchange")
	}
	fee := new(big.Int)
	for _, id := range exchanges {
		x, err := m.Exchange(ctx, id)
		if err != nil {
			return nil, err
		}
		if x.Owner == (common.Address{}) {
			return nil, datatrade.Errorf(datatrade.ENOTFOUND, "exchange %d is not registered", id)
		}
		if x.Fee.Cmp(fee) > 0 {
			fee = x.Fee
		}
	}
	return new(big.Int).Set(fee), nil
}

// OpenTx opens a trade; the fee deposit is read from the registry when
// p.Fee is nil.
func (m *Client) OpenTx(ctx context.Context, p OpenParams) (Tx, error) {
	fee := p.Fee
	if fee == nil {
		var err error
		if fee, err = m.FeeFor(ctx, p.Exchanges); err != nil {
			return Tx{}, err
		}
	}
	deadline := uint64(p.Deadline.Unix())
	if p.OfferDemand != 0 {
		data, err := m.escrow.TryPackOpenOffer(u256(p.OfferDemand), u256(p.OfferIndex), u256s(p.Exchanges), deadline)
		if err != nil {
			return Tx{}, packErr("open trade", err)
		}
		return Tx{To: m.d.Escrow, Data: data, Value: fee, What: fmt.Sprintf("open trade on offer %d of demand %d", p.OfferIndex, p.OfferDemand)}, nil
	}
	data, err := m.escrow.TryPackOpen(u256(p.ListingID), u256s(p.Exchanges), p.BuyerPubKey, deadline)
	if err != nil {
		return Tx{}, packErr("open trade", err)
	}
	return Tx{To: m.d.Escrow, Data: data, Value: fee, What: fmt.Sprintf("open trade on listing %d", p.ListingID)}, nil
}

// Open opens a trade and returns its id.
func (m *Client) Open(ctx context.Context, from *chain.Account, p OpenParams) (uint64, *types.Receipt, error) {
	tx, err := m.OpenTx(ctx, p)
	return sendCreating(ctx, m, from, tx, err, m.d.Escrow, m.escrow.UnpackTradeOpenedEvent, tradeOpenedID)
}

func tradeOpenedID(e *contracts.EscrowTradeOpened) *big.Int { return e.TradeId }

// TradeOpenedID returns the id of the trade that an open transaction made.
func (m *Client) TradeOpenedID(rcpt *types.Receipt) (uint64, error) {
	return eventID(rcpt, m.d.Escrow, m.escrow.UnpackTradeOpenedEvent, tradeOpenedID)
}

// PayTx pays the trade's price into escrow (the buyer only). The price is
// read from the trade's snapshot.
func (m *Client) PayTx(ctx context.Context, tradeID uint64) (Tx, error) {
	t, err := m.Trade(ctx, tradeID)
	if err != nil {
		return Tx{}, err
	}
	return Tx{To: m.d.Escrow, Data: m.escrow.PackPay(u256(tradeID)), Value: t.Price, What: fmt.Sprintf("pay trade %d", tradeID)}, nil
}

// Delivery is the statement an exchange's enclave signs to commit a trade.
type Delivery struct {
	TradeID           uint64
	Buyer             common.Address
	Seller            common.Address
	Price             *big.Int
	Exchange          uint64
	Root              common.Hash
	CiphertextCIDHash common.Hash
	WrappedKeyHash    common.Hash
	ValidUntil        time.Time
}

// CommitTx submits a signed Delivery for the exchange at exchangeIndex in
// the trade's snapshot; anyone may send it.
func (m *Client) CommitTx(exchangeIndex uint64, d Delivery, signature []byte) (Tx, error) {
	data, err := m.escrow.TryPackCommit(u256(d.TradeID), u256(exchangeIndex), d.CiphertextCIDHash, d.WrappedKeyHash, big.NewInt(d.ValidUntil.Unix()), signature)
	if err != nil {
		return Tx{}, packErr("commit", err)
	}
	return Tx{To: m.d.Escrow, Data: data, What: fmt.Sprintf("commit trade %d", d.TradeID)}, nil
}

// RevealTx publishes the buyer's wrapped key after a commit; anyone may send it.
func (m *Client) RevealTx(tradeID uint64, wrappedKey []byte) Tx {
	return Tx{To: m.d.Escrow, Data: m.escrow.PackReveal(u256(tradeID), wrappedKey), What: fmt.Sprintf("reveal key of trade %d", tradeID)}
}

// CompensateTx pays the buyer from the committing exchange's stake when no
// reveal came before the reveal deadline.
func (m *Client) CompensateTx(tradeID uint64) Tx {
	return Tx{To: m.d.Escrow, Data: m.escrow.PackCompensate(u256(tradeID)), What: fmt.Sprintf("claim compensation for trade %d", tradeID)}
}

// SellerFaultTx submits an enclave-signed seller-fault statement, which
// refunds the buyer in full.
func (m *Client) SellerFaultTx(tradeID, exchangeIndex, chunkIndex uint64, signature []byte) Tx {
	return Tx{To: m.d.Escrow, Data: m.escrow.PackSellerFault(u256(tradeID), u256(exchangeIndex), u256(chunkIndex), signature), What: fmt.Sprintf("prove seller fault in trade %d", tradeID)}
}

// RecordSampleTx records an enclave-signed sample receipt, so that the fee
// pays for the sample if the buyer cancels.
func (m *Client) RecordSampleTx(tradeID, exchangeIndex uint64, signature []byte) Tx {
	return Tx{To: m.d.Escrow, Data: m.escrow.PackRecordSample(u256(tradeID), u256(exchangeIndex), signature), What: fmt.Sprintf("record sample receipt of trade %d", tradeID)}
}

// CancelTx cancels an unpaid trade (the buyer only).
func (m *Client) CancelTx(tradeID uint64) Tx {
	return Tx{To: m.d.Escrow, Data: m.escrow.PackCancel(u256(tradeID)), What: fmt.Sprintf("cancel trade %d", tradeID)}
}

// SettleCancelTx settles a cancelled trade's fee after the sample-claim window.
func (m *Client) SettleCancelTx(tradeID uint64) Tx {
	return Tx{To: m.d.Escrow, Data: m.escrow.PackSettleCancel(u256(tradeID)), What: fmt.Sprintf("settle cancelled trade %d", tradeID)}
}

// RefundTx returns price and fee to the buyer after the deadline when
// nothing was committed.
func (m *Client) RefundTx(tradeID uint64) Tx {
	return Tx{To: m.d.Escrow, Data: m.escrow.PackRefund(u256(tradeID)), What: fmt.Sprintf("refund trade %d", tradeID)}
}

// WithdrawTx sends the sender's credited balance to it.
func (m *Client) WithdrawTx() Tx {
	return Tx{To: m.d.Escrow, Data: m.escrow.PackWithdraw(), What: "withdraw credit"}
}

// Credit returns what Escrow owes an account, claimable with withdraw.
func (m *Client) Credit(ctx context.Context, who common.Address) (*big.Int, error) {
	return m.credit(ctx, "escrow", m.d.Escrow, m.escrow, who)
}

// TradeCount returns how many trades were ever opened (ids 1..n).
func (m *Client) TradeCount(ctx context.Context) (uint64, error) {
	return m.count(ctx, m.d.Escrow, m.escrow.PackTradeCount(), m.escrow.UnpackTradeCount)
}

// Trade reads a trade with its exchange snapshot.
func (m *Client) Trade(ctx context.Context, id uint64) (*datatrade.Trade, error) {
	if err := mustExist(ctx, "trade", id, m.TradeCount); err != nil {
		return nil, err
	}
	out, err := m.call(ctx, m.d.Escrow, m.escrow.PackGetTrade(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read trade %d: %w", id, err)
	}
	t, err := m.escrow.UnpackGetTrade(out)
	if err != nil {
		return nil, fmt.Errorf("decode trade %d: %w", id, err)
	}
	out, err = m.call(ctx, m.d.Escrow, m.escrow.PackGetTradeExchanges(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read exchanges of trade %d: %w", id, err)
	}
	xs, err := m.escrow.UnpackGetTradeExchanges(out)
	if err != nil {
		return nil, fmt.Errorf("decode exchanges of trade %d: %w", id, err)
	}
	tr := &datatrade.Trade{
		ID: id, Buyer: t.Buyer, Seller: t.Seller, ListingID: t.ListingId.Uint64(), Price: t.Price, Root: t.Root,
		Licence: datatrade.Licence(t.Licence), FeeDeposit: t.FeeDeposit, OpenedAt: unix(t.OpenedAt), Deadline: unix(t.Deadline),
		State: datatrade.TradeState(t.State), CommittedExchange: t.CommittedExchange.Uint64(), CiphertextCIDHash: t.CiphertextCidHash,
		WrappedKeyHash: t.WrappedKeyHash, RevealDeadline: unix(t.RevealDeadline), HasSample: t.HasSample, SampleExchange: t.SampleIndex,
		CancelledAt: unix(t.CancelledAt), FeeSettled: t.FeeSettled, BuyerPubKey: t.BuyerPubKey,
	}
	for _, x := range xs {
		tr.Exchanges = append(tr.Exchanges, datatrade.TradeExchange{ID: x.Id.Uint64(), Fee: x.Fee, Measurement: x.Measurement, Signer: x.Signer, Payee: x.Payee})
	}
	return tr, nil
}

// WrappedKey returns the key revealed on chain for a trade (nil before reveal).
func (m *Client) WrappedKey(ctx context.Context, tradeID uint64) ([]byte, error) {
	out, err := m.call(ctx, m.d.Escrow, m.escrow.PackGetWrappedKey(u256(tradeID)))
	if err != nil {
		return nil, fmt.Errorf("read wrapped key of trade %d: %w", tradeID, err)
	}
	return m.escrow.UnpackGetWrappedKey(out)
}

// ---- Reviews ----

// ReviewTx reviews the seller and exchange of a committed trade (its buyer
// only, once).
func (m *Client) ReviewTx(tradeID uint64, sellerRating, exchangeRating uint8, commentCID string) (Tx, error) {
	for _, r := range []uint8{sellerRating, exchangeRating} {
		if r < 1 || r > 5 {
			return Tx{}, datatrade.Errorf(datatrade.EINVALID, "ratings run from 1 to 5, got %d", r)
		}
	}
	data, err := m.reviews.TryPackReview(u256(tradeID), sellerRating, exchangeRating, commentCID)
	if err != nil {
		return Tx{}, packErr("review", err)
	}
	return Tx{To: m.d.Reviews, Data: data, What: fmt.Sprintf("review trade %d", tradeID)}, nil
}

// Review reads the review of a trade.
func (m *Client) Review(ctx context.Context, tradeID uint64) (*datatrade.Review, error) {
	out, err := m.call(ctx, m.d.Reviews, m.reviews.PackGetReview(u256(tradeID)))
	if err != nil {
		return nil, fmt.Errorf("read review of trade %d: %w", tradeID, err)
	}
	r, err := m.reviews.UnpackGetReview(out)
	if err != nil {
		return nil, fmt.Errorf("decode review of trade %d: %w", tradeID, err)
	}
	return &datatrade.Review{TradeID: tradeID, Buyer: r.Buyer, Seller: r.Seller, ExchangeID: r.ExchangeId.Uint64(),
		SellerRating: r.SellerRating, ExchangeRating: r.ExchangeRating, CommentCID: r.CommentCid}, nil
}

// Rating is an average of verified reviews, in thousandths (4500 = 4.5 stars).
type Rating struct {
	Count        uint64 `json:"count"`
	AverageMilli uint64 `json:"averageMilli"`
}

// SellerRating returns a seller's review average.
func (m *Client) SellerRating(ctx context.Context, seller common.Address) (Rating, error) {
	out, err := m.call(ctx, m.d.Reviews, m.reviews.PackSellerStats(seller))
	if err != nil {
		return Rating{}, fmt.Errorf("read seller rating: %w", err)
	}
	s, err := m.reviews.UnpackSellerStats(out)
	if err != nil {
		return Rating{}, err
	}
	return ratingOf(s.Count, s.Sum), nil
}

// ExchangeRating returns an exchange's review average.
func (m *Client) ExchangeRating(ctx context.Context, id uint64) (Rating, error) {
	out, err := m.call(ctx, m.d.Reviews, m.reviews.PackExchangeStats(u256(id)))
	if err != nil {
		return Rating{}, fmt.Errorf("read exchange rating: %w", err)
	}
	s, err := m.reviews.UnpackExchangeStats(out)
	if err != nil {
		return Rating{}, err
	}
	return ratingOf(s.Count, s.Sum), nil
}

func ratingOf(count, sum uint64) Rating {
	if count == 0 {
		return Rating{}
	}
	return Rating{Count: count, AverageMilli: sum * 1000 / count}
}
