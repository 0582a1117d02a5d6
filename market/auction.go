package market

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/pricing"
)

// TotalShares is the sum of a bundle's revenue shares, in basis points.
const TotalShares = 10_000

// MaxBundle is the most listings one auction may sell together.
const MaxBundle = 16

// Auctions is the typed API over a deployment's Auction contract: sealed-bid
// second-price auctions of a listing or a bundle of listings, with bids
// committed on chain and revealed later (see contracts/Auction.sol).
type Auctions struct {
	m    *Client
	a    *contracts.Auction
	addr common.Address
}

// Auctions returns the auction API of the deployment. It returns an
// ENOTFOUND error when the deployment has no Auction contract (one made
// before auctions existed: deploy again).
func (m *Client) Auctions() (*Auctions, error) {
	if m.d.Auction == (common.Address{}) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "this deployment has no Auction contract: run `datatrade deploy` again")
	}
	a := contracts.NewAuction()
	ab := a.GetABI()
	m.c.RegisterErrors(&ab)
	return &Auctions{m: m, a: a, addr: m.d.Auction}, nil
}

// Address returns the Auction contract's address.
func (x *Auctions) Address() common.Address { return x.addr }

// AuctionParams is what a seller fixes when it opens an auction.
type AuctionParams struct {
	// Listings are sold together to one winner. Each is the seller's own or
	// one whose owner allowed the seller to bundle it (AllowBundlingTx).
	Listings []uint64
	// Shares are the parts of the price paid to each listing's owner, in
	// basis points summing to TotalShares; nil gives equal parts (the
	// rounding remainder of every payment goes to the seller).
	Shares []uint16
	// Reserve is the lowest price the seller accepts (zero: none).
	Reserve *big.Int
	// Deposit is what every bid must carry; a bidder that does not reveal
	// loses its whole deposit to the seller.
	Deposit *big.Int
	// CommitDeadline ends bidding and starts reveals; RevealDeadline ends
	// reveals, after which anyone may settle.
	CommitDeadline, RevealDeadline time.Time
}

// EqualShares splits TotalShares among n listings as equally as basis
// points allow, the first ones getting the remainder.
func EqualShares(n int) []uint16 {
	if n <= 0 {
		return nil
	}
	out := make([]uint16, n)
	for i := range out {
		out[i] = uint16(TotalShares / n)
		if i < TotalShares%n {
			out[i]++
		}
	}
	return out
}

// CreateTx opens an auction.
func (x *Auctions) CreateTx(p AuctionParams) (Tx, error) {
	n := len(p.Listings)
	if n == 0 || n > MaxBundle {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "an auction sells 1 to %d listings, got %d", MaxBundle, n)
	}
	shares := p.Shares
	if shares == nil {
		shares = EqualShares(n)
	}
	if len(shares) != n {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "%d shares for %d listings", len(shares), n)
	}
	total := 0
	for _, s := range shares {
		total += int(s)
	}
	if total != TotalShares {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "shares sum to %d basis points, want %d", total, TotalShares)
	}
	if err := positive("reserve price", weiOrZero(p.Reserve)); err != nil {
		return Tx{}, err
	}
	if err := positive("deposit", weiOrZero(p.Deposit)); err != nil {
		return Tx{}, err
	}
	if p.CommitDeadline.Unix() <= 0 || !p.RevealDeadline.After(p.CommitDeadline) {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "the reveal deadline must come after the commit deadline")
	}
	data, err := x.a.TryPackCreate(u256s(p.Listings), shares, weiOrZero(p.Reserve), weiOrZero(p.Deposit),
		uint64(p.CommitDeadline.Unix()), uint64(p.RevealDeadline.Unix()))
	if err != nil {
		return Tx{}, packErr("create auction", err)
	}
	return Tx{To: x.addr, Data: data, What: fmt.Sprintf("create auction of listing(s) %v", p.Listings)}, nil
}

// Create opens an auction and returns its id.
func (x *Auctions) Create(ctx context.Context, from *chain.Account, p AuctionParams) (uint64, *types.Receipt, error) {
	tx, err := x.CreateTx(p)
	id, rcpt, err := sendCreating(ctx, x.m, from, tx, err, x.addr, x.a.UnpackAuctionCreatedEvent,
		func(e *contracts.AuctionAuctionCreated) *big.Int { return e.Id })
	return id, rcpt, auctionHints.explain(err)
}

// AllowBundlingTx lets (or, with allowed false, stops) seller put the
// sender's listing in its bundle auctions. Only the listing's owner.
func (x *Auctions) AllowBundlingTx(listingID uint64, seller common.Address, allowed bool) Tx {
	return Tx{To: x.addr, Data: x.a.PackAllowBundling(u256(listingID), seller, allowed),
		What: fmt.Sprintf("allow %s to bundle listing %d: %v", seller.Hex(), listingID, allowed)}
}

// SealedBid is a bid as its bidder keeps it between commit and reveal.
type SealedBid struct {
	Auction    uint64         `json:"auction"`
	Bidder     common.Address `json:"bidder"`
	Amount     *big.Int       `json:"amount"`
	Salt       pricing.Salt   `json:"salt"`
	Commitment common.Hash    `json:"commitment"`
}

// SealBid draws a fresh salt from rnd (crypto/rand.Reader outside tests)
// and computes the commitment with pricing.Commitment.
func SealBid(auctionID uint64, bidder common.Address, amount *big.Int, rnd io.Reader) (SealedBid, error) {
	salt, err := pricing.NewSalt(rnd)
	if err != nil {
		return SealedBid{}, err
	}
	c, err := pricing.Commitment(auctionID, bidder, amount, salt)
	if err != nil {
		return SealedBid{}, err
	}
	return SealedBid{Auction: auctionID, Bidder: bidder, Amount: new(big.Int).Set(amount), Salt: salt, Commitment: c}, nil
}

// Check reports whether b's commitment opens with its amount and salt.
func (b SealedBid) Check() error {
	return pricing.CheckReveal(b.Commitment, b.Auction, b.Bidder, b.Amount, b.Salt)
}

// BidTx commits b with a deposit (at least the auction's; more hides the
// bid better).
func (x *Auctions) BidTx(b SealedBid, deposit *big.Int) (Tx, error) {
	if err := positive("deposit", weiOrZero(deposit)); err != nil {
		return Tx{}, err
	}
	return Tx{To: x.addr, Data: x.a.PackBid(u256(b.Auction), b.Commitment), Value: weiOrZero(deposit),
		What: fmt.Sprintf("bid in auction %d", b.Auction)}, nil
}

// Bid commits b with a deposit.
func (x *Auctions) Bid(ctx context.Context, from *chain.Account, b SealedBid, deposit *big.Int) (*types.Receipt, error) {
	if from.Address != b.Bidder {
		return nil, datatrade.Errorf(datatrade.EINVALID, "bid sealed for %s, sent from %s", b.Bidder.Hex(), from.Address.Hex())
	}
	tx, err := x.BidTx(b, deposit)
	if err != nil {
		return nil, err
	}
	return x.send(ctx, from, tx)
}

// RevealTx reveals b, sending topUp (nil: nothing) to bring the bid's funds
// up to its amount.
func (x *Auctions) RevealTx(b SealedBid, topUp *big.Int) (Tx, error) {
	if err := b.Check(); err != nil {
		return Tx{}, err
	}
	return Tx{To: x.addr, Data: x.a.PackReveal(u256(b.Auction), b.Amount, b.Salt), Value: weiOrZero(topUp),
		What: fmt.Sprintf("reveal bid in auction %d", b.Auction)}, nil
}

// TopUp returns what revealing b must add to the funds already deposited.
func (x *Auctions) TopUp(ctx context.Context, b SealedBid) (*big.Int, error) {
	st, err := x.BidOf(ctx, b.Auction, b.Bidder)
	if err != nil {
		return nil, err
	}
	if st.Commitment == (common.Hash{}) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "%s has no bid in auction %d", b.Bidder.Hex(), b.Auction)
	}
	if st.Commitment != b.Commitment {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the bid kept for auction %d is not the one committed on chain", b.Auction)
	}
	need := new(big.Int).Sub(b.Amount, st.Funds)
	if need.Sign() < 0 {
		need.SetInt64(0)
	}
	return need, nil
}

// Reveal reveals b, topping its funds up as needed, and returns the amount
// added.
func (x *Auctions) Reveal(ctx context.Context, from *chain.Account, b SealedBid) (*big.Int, *types.Receipt, error) {
	top, err := x.TopUp(ctx, b)
	if err != nil {
		return nil, nil, err
	}
	tx, err := x.RevealTx(b, top)
	if err != nil {
		return nil, nil, err
	}
	rcpt, err := x.send(ctx, from, tx)
	return top, rcpt, err
}

// SettleTx settles an auction once its reveals are over; anyone may send it.
func (x *Auctions) SettleTx(id uint64) Tx {
	return Tx{To: x.addr, Data: x.a.PackSettle(u256(id)), What: fmt.Sprintf("settle auction %d", id)}
}

// Settle settles an auction and returns its state afterwards.
func (x *Auctions) Settle(ctx context.Context, from *chain.Account, id uint64) (*AuctionState, *types.Receipt, error) {
	rcpt, err := x.send(ctx, from, x.SettleTx(id))
	if err != nil {
		return nil, nil, err
	}
	st, err := x.Auction(ctx, id)
	return st, rcpt, err
}

// AuctionSettlement is what settling an auction did.
type AuctionSettlement struct {
	Auction uint64 `json:"auction"`
	// Winner is zero when nobody won; Price is then zero.
	Winner common.Address `json:"winner"`
	Price  *big.Int       `json:"price"`
	// Forfeited is the sum of the deposits of bids never revealed, credited
	// to the seller.
	Forfeited *big.Int `json:"forfeited"`
}

// Settlement decodes the AuctionSettled event of a settle receipt.
func (x *Auctions) Settlement(rcpt *types.Receipt) (*AuctionSettlement, error) {
	for _, l := range rcpt.Logs {
		if l.Address != x.addr {
			continue
		}
		if ev, err := x.a.UnpackAuctionSettledEvent(l); err == nil {
			return &AuctionSettlement{Auction: ev.Id.Uint64(), Winner: ev.Winner, Price: ev.Price, Forfeited: ev.Forfeited}, nil
		}
	}
	return nil, fmt.Errorf("no AuctionSettled event in receipt %s", rcpt.TxHash)
}

// WithdrawTx pays the sender everything the Auction contract owes it.
func (x *Auctions) WithdrawTx() Tx {
	return Tx{To: x.addr, Data: x.a.PackWithdraw(), What: "withdraw from auctions"}
}

// Withdraw sends WithdrawTx from the account.
func (x *Auctions) Withdraw(ctx context.Context, from *chain.Account) (*types.Receipt, error) {
	return x.send(ctx, from, x.WithdrawTx())
}

// Estimate returns what tx would cost from; a refusal by the Auction comes
// back explained, before anything is sent.
func (x *Auctions) Estimate(ctx context.Context, from common.Address, tx Tx) (chain.Estimate, error) {
	return x.m.estimate(ctx, from, tx, auctionHints, escrowHints)
}

// Send sends tx from the account, explaining the Auction's refusals.
func (x *Auctions) Send(ctx context.Context, from *chain.Account, tx Tx) (*types.Receipt, error) {
	return x.send(ctx, from, tx)
}

func (x *Auctions) send(ctx context.Context, from *chain.Account, tx Tx) (*types.Receipt, error) {
	return x.m.send(ctx, from, tx, auctionHints, escrowHints)
}

// Credit returns what the Auction contract owes an account.
func (x *Auctions) Credit(ctx context.Context, who common.Address) (*big.Int, error) {
	return x.m.credit(ctx, "auction", x.addr, x.a, who)
}

// Totals returns what the Auction contract owes in credits and holds for
// bids; its balance is their sum.
func (x *Auctions) Totals(ctx context.Context) (credits, held *big.Int, err error) {
	return x.m.totals(ctx, "auction", x.addr, x.a)
}

// Auction phases, by chain time.
const (
	PhaseBidding   = "bidding"
	PhaseRevealing = "revealing"
	PhaseEnded     = "ended" // reveals over, not settled yet
	PhaseSettled   = "settled"
)

// AuctionState is an auction as the contract holds it.
type AuctionState struct {
	ID             uint64           `json:"id"`
	Seller         common.Address   `json:"seller"`
	Listings       []uint64         `json:"listings"`
	Owners         []common.Address `json:"owners"`
	Shares         []uint16         `json:"sharesBps"`
	Reserve        *big.Int         `json:"reserve"`
	Deposit        *big.Int         `json:"deposit"`
	CommitDeadline time.Time        `json:"commitDeadline"`
	RevealDeadline time.Time        `json:"revealDeadline"`
	// Phase is the phase at the latest block's time.
	Phase   string `json:"phase"`
	Bids    uint32 `json:"bids"`
	Reveals uint32 `json:"reveals"`
	// Leader is the leading revealed bid at or above the reserve (the
	// winner once settled; nil when there is none) and Highest its amount.
	Leader  *common.Address `json:"leader,omitempty"`
	Highest *big.Int        `json:"highest,omitempty"`
	// Second is the second-highest eligible amount, nil when there is none.
	Second *big.Int `json:"second,omitempty"`
	// Unrevealed is the sum of the deposits of bids not revealed (forfeited
	// to the seller at settlement).
	Unrevealed *big.Int `json:"unrevealed"`
	Settled    bool     `json:"settled"`
	// Price is what the winner paid, set once settled with a winner.
	Price *big.Int `json:"price,omitempty"`
}

// PhaseAt returns the auction's phase at chain time t.
func (s *AuctionState) PhaseAt(t time.Time) string {
	switch {
	case s.Settled:
		return PhaseSettled
	case t.Before(s.CommitDeadline):
		return PhaseBidding
	case t.Before(s.RevealDeadline):
		return PhaseRevealing
	default:
		return PhaseEnded
	}
}

// Auction returns an auction's state; ENOTFOUND for an unknown id.
func (x *Auctions) Auction(ctx context.Context, id uint64) (*AuctionState, error) {
	count, err := x.count(ctx)
	if err != nil {
		return nil, err
	}
	if id == 0 || id > count {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "no auction %d (there are %d)", id, count)
	}
	out, err := x.m.call(ctx, x.addr, x.a.PackGetAuction(u256(id)))
	if err != nil {
		return nil, err
	}
	info, err := x.a.UnpackGetAuction(out)
	if err != nil {
		return nil, fmt.Errorf("decode auction %d: %w", id, err)
	}
	st := &AuctionState{
		ID: id, Seller: info.Seller, Listings: u64s(info.Listings), Owners: info.Owners, Shares: info.SharesBps,
		Reserve: info.Reserve, Deposit: info.Deposit,
		CommitDeadline: unix(info.CommitDeadline), RevealDeadline: unix(info.RevealDeadline),
		Bids: info.BidCount, Reveals: info.RevealCount, Unrevealed: info.Unrevealed, Settled: info.Settled,
	}
	if info.Leader != (common.Address{}) {
		leader := info.Leader
		st.Leader, st.Highest = &leader, info.Highest
		if info.Settled {
			st.Price = info.Price
		}
	}
	if info.HasSecond {
		st.Second = info.Second
	}
	now, err := x.chainTime(ctx)
	if err != nil {
		return nil, err
	}
	st.Phase = st.PhaseAt(now)
	return st, nil
}

// Count returns the number of auctions ever created.
func (x *Auctions) Count(ctx context.Context) (uint64, error) { return x.count(ctx) }

func (x *Auctions) count(ctx context.Context) (uint64, error) {
	out, err := x.m.call(ctx, x.addr, x.a.PackAuctionCount())
	if err != nil {
		return 0, err
	}
	n, err := x.a.UnpackAuctionCount(out)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// chainTime returns the latest block's time.
func (x *Auctions) chainTime(ctx context.Context) (time.Time, error) {
	h, err := x.m.c.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, datatrade.Errorf(datatrade.EUNAVAILABLE, "read the latest block: %v", err)
	}
	return unix(h.Time), nil
}

// BidState is one bidder's bid in an auction as the contract holds it.
type BidState struct {
	Commitment common.Hash `json:"commitment"`
	// Funds are what the contract still holds for the bid (zero once
	// refunded or paid).
	Funds    *big.Int `json:"funds"`
	Revealed bool     `json:"revealed"`
	Amount   *big.Int `json:"amount,omitempty"`
}

// BidOf returns bidder's bid in auction id (a zero commitment: no bid).
func (x *Auctions) BidOf(ctx context.Context, id uint64, bidder common.Address) (*BidState, error) {
	out, err := x.m.call(ctx, x.addr, x.a.PackGetBid(u256(id), bidder))
	if err != nil {
		return nil, auctionHints.explain(err)
	}
	b, err := x.a.UnpackGetBid(out)
	if err != nil {
		return nil, fmt.Errorf("decode bid: %w", err)
	}
	st := &BidState{Commitment: b.Commitment, Funds: b.Funds, Revealed: b.Revealed}
	if b.Revealed {
		st.Amount = b.Amount
	}
	return st, nil
}

// auctionHints say in words what the Auction's refusals mean.
var auctionHints = hintTable{
	"BiddingClosed": func(a map[string]any) string {
		return fmt.Sprintf("bidding in auction %v closed at %s", a["id"], unixText(a["commitDeadline"]))
	},
	"NotRevealPhase": func(a map[string]any) string {
		return fmt.Sprintf("auction %v takes reveals from %s until %s only", a["id"], unixText(a["commitDeadline"]), unixText(a["revealDeadline"]))
	},
	"RevealNotOver": func(a map[string]any) string {
		return fmt.Sprintf("auction %v can be settled from %s on", a["id"], unixText(a["revealDeadline"]))
	},
	"AlreadySettled": func(a map[string]any) string { return fmt.Sprintf("auction %v is already settled", a["id"]) },
	"AlreadyBid":     func(a map[string]any) string { return fmt.Sprintf("this account already bid in auction %v", a["id"]) },
	"AlreadyRevealed": func(a map[string]any) string {
		return fmt.Sprintf("this account already revealed its bid in auction %v", a["id"])
	},
	"NoBid": func(a map[string]any) string { return fmt.Sprintf("this account has no bid in auction %v", a["id"]) },
	"DepositTooLow": func(a map[string]any) string {
		return fmt.Sprintf("a bid must carry a deposit of at least %v wei, got %v", a["required"], a["sent"])
	},
	"FundsBelowBid": func(a map[string]any) string {
		return fmt.Sprintf("the bid of %v wei has only %v wei of funds: send the difference with the reveal", a["amount"], a["funds"])
	},
	"SellerCannotBid": func(a map[string]any) string {
		return fmt.Sprintf("the seller and the owners of auction %v's listings may not bid in it", a["id"])
	},
	"NotAllowedToBundle": func(a map[string]any) string {
		return fmt.Sprintf("listing %v belongs to %v, who has not allowed this account to bundle it", a["listingId"], a["owner"])
	},
	"NotListingOwner": func(a map[string]any) string {
		return fmt.Sprintf("only the owner of listing %v may do this", a["listingId"])
	},
	"ListingInactive": func(a map[string]any) string { return fmt.Sprintf("listing %v is delisted", a["id"]) },
	"UnknownAuction":  func(a map[string]any) string { return fmt.Sprintf("there is no auction %v", a["id"]) },
	"UnknownListing":  func(a map[string]any) string { return fmt.Sprintf("there is no listing %v", a["id"]) },
	"NothingOwed":     func(a map[string]any) string { return "the contract owes this account nothing" },
	"CommitmentMismatch": func(a map[string]any) string {
		return fmt.Sprintf("the amount and salt do not open this account's commitment in auction %v", a["id"])
	},
	"AlreadyRecorded": func(a map[string]any) string {
		return fmt.Sprintf("listing %v already has a hashid on chain", a["listingId"])
	},
}
