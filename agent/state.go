package agent

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
)

// Outcomes of serving one exchange of one trade, as the state file records
// them.
const (
	// OutcomeHandedOver: the enclave holds the secrets and verified the
	// data against R (it signed a ready statement).
	OutcomeHandedOver = "handed-over"
	// OutcomeFault: the enclave found the data does not match R and signed
	// a seller-fault statement: the seller's own data is wrong.
	OutcomeFault = "fault"
	// OutcomeRefused: the agent refused this exchange for this trade
	// (attestation, policy or trade record); it will not try again.
	OutcomeRefused = "refused"
	// OutcomeSettled: the exchange had already forgotten the trade, which
	// settled without this hand-over.
	OutcomeSettled = "settled"
)

// Served is what the agent did for one exchange of a trade.
type Served struct {
	Outcome string `json:"outcome"`
	// Reason says why an exchange was refused.
	Reason string `json:"reason,omitempty"`
}

// TradeProgress is the agent's record of one trade on a served listing that
// is not settled yet.
type TradeProgress struct {
	Listing   uint64             `json:"listing"`
	Exchanges map[uint64]*Served `json:"exchanges"`
}

// handedOver reports whether any exchange of the trade holds the secrets.
func (p *TradeProgress) handedOver() bool {
	for _, s := range p.Exchanges {
		if s.Outcome == OutcomeHandedOver || s.Outcome == OutcomeFault {
			return true
		}
	}
	return false
}

// State is what the agent keeps across restarts: how far it has looked at
// trades, and its progress on trades that are not settled yet. It holds no
// secrets.
type State struct {
	// NextTrade is the first trade id the agent has not looked at.
	NextTrade uint64 `json:"next_trade"`
	// Trades are the unsettled trades on served listings.
	Trades map[uint64]*TradeProgress `json:"trades"`
	// Settled counts the trades the agent followed to a final state.
	Settled uint64 `json:"settled"`
}

func newState() *State { return &State{NextTrade: 1, Trades: map[uint64]*TradeProgress{}} }

// maxStateFile bounds the state file LoadState reads.
const maxStateFile = 16 << 20

// LoadState reads the state file at path; a missing file is a fresh state.
// A file that does not decode is an EINVALID error: the agent refuses to
// guess what it handed over.
func LoadState(path string) (*State, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return newState(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("read agent state: %w", err)
	}
	bad := datatrade.Errorf(datatrade.EINVALID, "the agent state file %s is damaged; move it away to start afresh", path)
	if len(b) > maxStateFile {
		return nil, bad
	}
	s := newState()
	if err := json.Unmarshal(b, s); err != nil || s.NextTrade == 0 {
		return nil, bad
	}
	if s.Trades == nil {
		s.Trades = map[uint64]*TradeProgress{}
	}
	for id, p := range s.Trades {
		if p == nil {
			return nil, bad
		}
		if p.Exchanges == nil {
			p.Exchanges = map[uint64]*Served{}
		}
		for _, sv := range p.Exchanges {
			if sv == nil {
				return nil, bad
			}
		}
		if id == 0 || id >= s.NextTrade {
			return nil, bad
		}
	}
	return s, nil
}

// Save writes the state file atomically (mode 0600).
func (s *State) Save(path string) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode agent state: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("agent state dir: %w", err)
	}
	return envelope.WriteFileAtomic(path, append(b, '\n'), 0o600)
}
