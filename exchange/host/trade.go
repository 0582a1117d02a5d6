package host

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade/exchange"
)

// Trade states reported in TradeStatus.State.
const (
	StateOpen       = "open"        // the enclave verified the opening; waiting for the seller's hand-over
	StateHandedOver = "handed-over" // the enclave holds the seller's key; data not checked yet
	StateVerified   = "verified"    // data checked against R; ready and prepared statements available
	StateFaulty     = "faulty"      // data does not match R; seller fault submitted
	StateCommitted  = "committed"   // delivery signed (and submitted)
	StateRevealed   = "revealed"    // wrapped key released after the final commit
	StateForgotten  = "forgotten"   // settled or expired elsewhere; the enclave forgot the trade
)

// HandOverResult is the outcome of a seller's key hand-over.
type HandOverResult struct {
	// Ready is the enclave's signed statement that the data matches R.
	Ready *exchange.Signed `json:"ready,omitempty"`
	// Fault is the signed seller-fault statement: decryption worked and R
	// did not match. The host submits it to Escrow (a full refund).
	Fault *exchange.SellerFault `json:"fault,omitempty"`
}

// Delivery is the enclave's signed delivery of a trade and where the
// buyer's ciphertext is.
type Delivery struct {
	Delivery      exchange.SignedDelivery `json:"delivery"`
	CiphertextCID string                  `json:"ciphertext_cid"`
	// CommitTx is this host's Escrow.commit transaction (zero until sent,
	// or when another exchange committed first).
	CommitTx common.Hash `json:"commit_tx,omitzero"`
}

// TradeStatus is the host's view of a trade: GET /v1/trades/{id}.
type TradeStatus struct {
	TradeID uint64                `json:"trade_id"`
	State   string                `json:"state"` // open | handed-over | verified | faulty | committed | revealed | forgotten
	Record  *exchange.TradeRecord `json:"record,omitempty"`
	Ready   *exchange.Signed      `json:"ready,omitempty"`
	// Prepared is the enclave's statement naming the buyer's ciphertext,
	// made once the data is verified and before payment (GET
	// /v1/trades/{id}/prepared): the buyer fetches that blob and checks it
	// (FetchPrepared) before paying.
	Prepared *exchange.Prepared    `json:"prepared,omitempty"`
	Fault    *exchange.SellerFault `json:"fault,omitempty"`
	FaultTx  common.Hash           `json:"fault_tx,omitzero"`
	Delivery *Delivery             `json:"delivery,omitempty"`
	// CommittedBy is the exchange whose commit won (0 before a commit).
	CommittedBy uint64      `json:"committed_by,omitempty"`
	RevealTx    common.Hash `json:"reveal_tx,omitzero"`
	Settled     bool        `json:"settled,omitempty"`
	// Error is the last error the host met on this trade.
	Error string `json:"error,omitempty"`
}

// trade is the host's record of a trade, kept in Dir as JSON. Nothing in it
// is secret: the wrapped key is encrypted to the buyer and published on
// chain by the reveal.
type trade struct {
	TradeStatus
	Listing uint64 `json:"listing_id"`
	// Deadline is the trade's deadline (Unix seconds) from its TradeOpened
	// event, so that a trade the enclave never verified is dropped too.
	Deadline uint64 `json:"deadline,omitempty"`
	// Chain facts, as transaction hashes of the events.
	OpenedTx    common.Hash `json:"opened_tx,omitzero"`
	SeedTx      common.Hash `json:"seed_tx,omitzero"`
	PaidTx      common.Hash `json:"paid_tx,omitzero"`
	CommittedTx common.Hash `json:"committed_tx,omitzero"`
	SeedFixed   bool        `json:"seed_fixed,omitempty"`
	// SampleReceipt is the enclave's receipt for the sample it served; the
	// host records it in Escrow when the buyer cancels or lets the trade
	// expire unpaid, so the fee pays for the sample.
	SampleReceipt  *exchange.Signed `json:"sample_receipt,omitempty"`
	SampleRecorded bool             `json:"sample_recorded,omitempty"`
	Cancelled      bool             `json:"cancelled,omitempty"`
	Wrapped        []byte           `json:"wrapped_key,omitempty"`
	Forgotten      bool             `json:"forgotten,omitempty"`
}

func (t *trade) clone() *trade {
	c := *t
	c.Wrapped = slices.Clone(t.Wrapped)
	if t.Delivery != nil {
		d := *t.Delivery
		c.Delivery = &d
	}
	if t.SampleReceipt != nil {
		r := *t.SampleReceipt
		c.SampleReceipt = &r
	}
	if t.Prepared != nil {
		p := *t.Prepared
		p.Signature = slices.Clone(t.Prepared.Signature)
		c.Prepared = &p
	}
	return &c
}

// status returns the public part.
func (t *trade) status() *TradeStatus {
	st := t.clone().TradeStatus
	return &st
}
