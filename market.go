package datatrade

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Licence says what a buyer gets: the listing itself (ownership, the token
// moves at commit) or a right to use the data (paid per use).
type Licence uint8

// Licences, as the Market contract numbers them.
const (
	Ownership Licence = 0
	UseRight  Licence = 1
)

// String returns "ownership" or "use-right".
func (l Licence) String() string {
	switch l {
	case Ownership:
		return "ownership"
	case UseRight:
		return "use-right"
	}
	return "unknown"
}

// ParseLicence parses "ownership" or "use-right" (also "use").
func ParseLicence(s string) (Licence, error) {
	switch s {
	case "ownership", "own":
		return Ownership, nil
	case "use-right", "use", "useright":
		return UseRight, nil
	}
	return 0, Errorf(EINVALID, "unknown licence %q: use ownership or use-right", s)
}

// Exchange is a trusted exchange as the registry records it.
type Exchange struct {
	ID            uint64         `json:"id"`
	Owner         common.Address `json:"owner"`
	Endpoint      string         `json:"endpoint"`
	Fee           *big.Int       `json:"fee"`
	Measurement   common.Hash    `json:"measurement"`
	EnclaveSigner common.Address `json:"enclaveSigner"`
	EvidenceCID   string         `json:"evidenceCid"`
	Authenticator uint8          `json:"authenticator"`
	AuthorityKey  common.Address `json:"authorityKey"`
	Stake         *big.Int       `json:"stake"`
	LockedStake   *big.Int       `json:"lockedStake"`
	Active        bool           `json:"active"`
}

// Listing is a dataset offered for sale; on chain it is an ERC-721 token.
type Listing struct {
	ID                uint64         `json:"id"`
	Owner             common.Address `json:"owner"`
	ContentCID        string         `json:"contentCid"`
	Root              common.Hash    `json:"root"`
	Size              uint64         `json:"size"`
	ChunkCount        uint32         `json:"chunkCount"`
	Fingerprint       common.Hash    `json:"fingerprint"`
	MetadataCID       string         `json:"metadataCid"`
	Price             *big.Int       `json:"price"`
	Licence           Licence        `json:"licence"`
	PerUsePrice       *big.Int       `json:"perUsePrice"`
	AcceptedExchanges []uint64       `json:"acceptedExchanges"`
	PublishedBlock    uint64         `json:"publishedBlock"`
	SampleSeed        common.Hash    `json:"sampleSeed"`
	Active            bool           `json:"active"`
	Locked            bool           `json:"locked"`
}

// Demand is a buyer's request for data, answered by sellers' offers.
type Demand struct {
	ID          uint64         `json:"id"`
	Buyer       common.Address `json:"buyer"`
	Spec        string         `json:"spec"`
	MaxPrice    *big.Int       `json:"maxPrice"`
	BuyerPubKey []byte         `json:"buyerPubKey"`
	Deadline    time.Time      `json:"deadline"`
	Open        bool           `json:"open"`
}

// Offer is a seller's answer to a demand: a listing at a price.
type Offer struct {
	ID        uint64         `json:"id"`
	DemandID  uint64         `json:"demandId"`
	ListingID uint64         `json:"listingId"`
	Seller    common.Address `json:"seller"`
	Price     *big.Int       `json:"price"`
}

// Review is a buyer's verdict on a committed trade.
type Review struct {
	TradeID        uint64         `json:"tradeId"`
	Buyer          common.Address `json:"buyer"`
	Seller         common.Address `json:"seller"`
	ExchangeID     uint64         `json:"exchangeId"`
	SellerRating   uint8          `json:"sellerRating"`
	ExchangeRating uint8          `json:"exchangeRating"`
	CommentCID     string         `json:"commentCid"`
}

// TradeState is where a trade stands, as Escrow numbers it.
type TradeState uint8

// Trade states. Committed, Revealed and Compensated are settled for the
// seller; Refunded, Cancelled and Faulted returned the price to the buyer.
const (
	TradeNone TradeState = iota
	TradeOpen
	TradePaid
	TradeCommitted
	TradeRevealed
	TradeCompensated
	TradeRefunded
	TradeCancelled
	TradeFaulted
)

var tradeStateNames = [...]string{"none", "open", "paid", "committed", "revealed", "compensated", "refunded", "cancelled", "faulted"}

// String returns the state's lower-case name.
func (s TradeState) String() string {
	if int(s) < len(tradeStateNames) {
		return tradeStateNames[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// MarshalText encodes the state by name.
func (s TradeState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// TradeExchange is Escrow's snapshot of one exchange named in a trade, taken
// when the trade opened; later registry updates do not change it.
type TradeExchange struct {
	ID          uint64         `json:"id"`
	Fee         *big.Int       `json:"fee"`
	Measurement common.Hash    `json:"measurement"`
	Signer      common.Address `json:"signer"`
	Payee       common.Address `json:"payee"`
}

// Trade is one trade in Escrow.
type Trade struct {
	ID                uint64          `json:"id"`
	Buyer             common.Address  `json:"buyer"`
	Seller            common.Address  `json:"seller"`
	ListingID         uint64          `json:"listingId"`
	Price             *big.Int        `json:"price"`
	Root              common.Hash     `json:"root"`
	Licence           Licence         `json:"licence"`
	FeeDeposit        *big.Int        `json:"feeDeposit"`
	OpenedAt          time.Time       `json:"openedAt"`
	Deadline          time.Time       `json:"deadline"`
	State             TradeState      `json:"state"`
	CommittedExchange uint64          `json:"committedExchange,omitempty"`
	CiphertextCIDHash common.Hash     `json:"ciphertextCidHash"`
	WrappedKeyHash    common.Hash     `json:"wrappedKeyHash"`
	RevealDeadline    time.Time       `json:"revealDeadline"`
	HasSample         bool            `json:"hasSample"`
	SampleExchange    uint8           `json:"sampleExchangeIndex"`
	CancelledAt       time.Time       `json:"cancelledAt"`
	FeeSettled        bool            `json:"feeSettled"`
	BuyerPubKey       []byte          `json:"buyerPubKey"`
	Exchanges         []TradeExchange `json:"exchanges"`
}

// UnmarshalText decodes a state by name.
func (s *TradeState) UnmarshalText(b []byte) error {
	for i, n := range tradeStateNames {
		if n == string(b) {
			*s = TradeState(i)
			return nil
		}
	}
	return Errorf(EINVALID, "unknown trade state %q", b)
}
