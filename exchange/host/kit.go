package host

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/internal/httpjson"
	"github.com/datatrade/datatrade/market"
)

// The plumbing below is shared by every host of an enclave that follows
// the chain through a light client: this package's exchange and
// compute/host's compute node.

// AttestHandler serves POST /v1/attest (body AttestRequest, answer the
// enclave.Attestation of f over the nonce), rate limited by limiter per
// client IP; errors are written with httpjson.WriteError to log.
func AttestHandler(f *enclave.Factotum, limiter *httpjson.Limiter, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if limiter.Limited(w, r, "attestation requests") {
			return
		}
		var req AttestRequest
		if err := httpjson.DecodeJSON(w, r, maxJSONBody, &req); err != nil {
			httpjson.WriteError(w, log, err)
			return
		}
		if len(req.Nonce) != len(enclave.Nonce{}) {
			httpjson.WriteError(w, log, datatrade.Errorf(datatrade.EINVALID, "the nonce must be %d bytes of hex, not %d", len(enclave.Nonce{}), len(req.Nonce)))
			return
		}
		att, err := f.Attest(r.Context(), enclave.Nonce(req.Nonce))
		if err != nil {
			httpjson.WriteError(w, log, err)
			return
		}
		httpjson.WriteJSON(w, http.StatusOK, att)
	}
}

// BlockNudger makes a block when the chain's head stands still while logs
// of Addresses wait for confirmations, by sending a zero-value transaction
// from Account to itself: for chains that seal blocks only for
// transactions (the embedded dev chain with period 0), where an event
// would otherwise never become final. Set the fields, then call Nudge once
// a poll; it is not safe for concurrent use.
type BlockNudger struct {
	// Market sends the transaction.
	Market *market.Client
	// Account pays for it; nil never nudges.
	Account *chain.Account
	// Heads tells the chain's head.
	Heads *EvidenceBuilder
	// Logs searches the unconfirmed blocks for logs of Addresses.
	Logs ethereum.LogFilterer
	// Addresses are the contracts whose events the host waits for.
	Addresses []common.Address
	// Confirmations is how many blocks an event waits for.
	Confirmations uint32
	// Wait is how long the head must stand still before a nudge.
	Wait time.Duration
	// Now is the clock; Log gets a debug line for each nudge.
	Now func() time.Time
	Log *slog.Logger

	head  uint64
	since time.Time
}

// Nudge looks at the head and sends the transaction when it has stood
// still for Wait with logs of Addresses among the last Confirmations
// blocks.
func (n *BlockNudger) Nudge(ctx context.Context) error {
	latest, err := n.Heads.Latest(ctx)
	if err != nil {
		return err
	}
	now := n.Now()
	if latest != n.head || n.since.IsZero() {
		n.head, n.since = latest, now
		return nil
	}
	if now.Sub(n.since) < n.Wait || n.Account == nil {
		return nil
	}
	from := latest + 1 - min(latest+1, uint64(n.Confirmations))
	fctx, cancel := context.WithTimeout(ctx, findLogTimeout)
	defer cancel()
	logs, err := n.Logs.FilterLogs(fctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(latest),
		Addresses: n.Addresses})
	if err != nil || len(logs) == 0 {
		return err
	}
	if _, err := n.Market.Chain().Transfer(ctx, n.Account, n.Account.Address, new(big.Int)); err != nil {
		return err
	}
	n.since = now
	n.Log.Debug("nudged the chain for a block", "head", latest)
	return nil
}
