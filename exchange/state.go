package exchange

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
)

// stateVersion is the version of the sealed pending table.
const stateVersion = 1

type sealedTrade struct {
	Trade   Trade       `json:"trade"`
	State   state       `json:"state"`
	Secrets []byte      `json:"secrets,omitempty"` // envelope.Secrets.MarshalBinary
	Wrapped []byte      `json:"wrapped,omitempty"`
	CIDHash common.Hash `json:"cid_hash"`
	Seed    common.Hash `json:"seed"`
}

type sealedState struct {
	Version  int           `json:"version"`
	Exchange uint64        `json:"exchange"`
	Trades   []sealedTrade `json:"trades"`
}

// stateAD binds sealed state to this exchange id and to the attested
// configuration (through Factotum.Seal's backend, to the measurement).
func (p *Program) stateAD() []byte {
	h := p.f.ConfigHash()
	return append(append([]byte("datatrade/exchange/state/v1\x00"), h[:]...), u64Word(p.exchange)...)
}

// SealState returns the pending table sealed by the enclave backend, for the
// host to keep on disk so a restarted exchange carries on with its trades.
//
// Security contract: it signs nothing; the blob opens only in an enclave
// with the same measurement, configuration and exchange id. Verified
// plaintext is not included: after a restart, trades whose data was
// verified must be checked again (CheckData) before Sample, Ready or Commit.
// Sealing does not stop the host from replaying an older blob (rollback):
// at worst a restored enclave lacks a wrapped key it committed to, cannot
// reveal, and the buyer is compensated from the exchange's stake.
func (p *Program) SealState() ([]byte, error) {
	p.mu.Lock()
	s := sealedState{Version: stateVersion, Exchange: p.exchange}
	for _, t := range p.trades {
		st := sealedTrade{Trade: cloneTrade(&t.t), State: t.state, Wrapped: append([]byte(nil), t.wrapped...), CIDHash: t.cidHash, Seed: t.seed}
		if t.state != stateOpen {
			st.Secrets, _ = t.secrets.MarshalBinary()
		}
		s.Trades = append(s.Trades, st)
	}
	p.mu.Unlock()
	b, err := json.Marshal(&s)
	if err != nil {
		return nil, err
	}
	defer clear(b)
	return p.f.Seal(b, p.stateAD())
}

// RestoreState replaces the pending table with one sealed by SealState. It
// returns EINTEGRITY for a blob sealed elsewhere or altered.
//
// Security contract: it signs nothing and accepts only state this enclave
// identity sealed; trades that were verified come back as handed over.
func (p *Program) RestoreState(sealed []byte) error {
	b, err := p.f.Unseal(sealed, p.stateAD())
	if err != nil {
		return err
	}
	defer clear(b)
	trades, err := decodeState(b, p.exchange)
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.trades = trades
	return nil
}

// decodeState decodes an unsealed pending table.
func decodeState(b []byte, exchange uint64) (map[uint64]*pending, error) {
	bad := datatrade.Errorf(datatrade.EINTEGRITY, "sealed exchange state is malformed")
	var s sealedState
	if err := json.Unmarshal(b, &s); err != nil || s.Version != stateVersion || s.Exchange != exchange {
		return nil, bad
	}
	trades := make(map[uint64]*pending, len(s.Trades))
	for _, st := range s.Trades {
		if st.State < stateOpen || st.State > stateCommitted || st.Trade.Price == nil || st.Trade.FeeDeposit == nil || trades[st.Trade.ID] != nil {
			return nil, bad
		}
		t := &pending{t: st.Trade, state: st.State, wrapped: st.Wrapped, cidHash: st.CIDHash, seed: st.Seed}
		if st.State != stateOpen {
			var sec envelope.Secrets
			if err := sec.UnmarshalBinary(st.Secrets); err != nil {
				return nil, bad
			}
			t.secrets = sec
		}
		if (st.State == stateCommitted) != (len(st.Wrapped) > 0) {
			return nil, bad
		}
		if st.State == stateVerified {
			// The plaintext and K_D were not sealed: check again, and
			// prepare a new ciphertext.
			t.state, t.cidHash = stateHandedOver, common.Hash{}
		}
		trades[st.Trade.ID] = t
	}
	return trades, nil
}
