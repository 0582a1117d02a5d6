package host

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade/compute/job"
)

// Job states on a node (JobStatus.State).
const (
	// StateWaitingModule: the job is known; the buyer's module bundle has
	// not been loaded (or the job is not final on chain yet: see Error).
	StateWaitingModule = "waiting-module"
	// StateWaitingData: the module is in; some listing's data key or
	// ciphertext is missing.
	StateWaitingData = "waiting-data"
	// StateRunning: everything is in; the module runs or its result is
	// being submitted.
	StateRunning = "running"
	// StateSubmitted: the enclave-signed result is on chain; the sealed
	// result is at GET /v1/results/{ResultCID}.
	StateSubmitted = "submitted"
	// StateFailed: the job cannot complete on this node; Reason says why.
	StateFailed = "failed"
)

// ListingStatus is where one of a job's listings stands on this node.
type ListingStatus struct {
	ListingID uint64 `json:"listing_id"`
	// KeyHandedOver: the seller's agent handed the data key to the enclave.
	KeyHandedOver bool `json:"key_handed_over"`
	// DataChecked: the ciphertext was decrypted and checked against R.
	DataChecked bool `json:"data_checked"`
}

// JobStatus is a job's state on this node: GET /v1/jobs/{id}.
type JobStatus struct {
	JobID  uint64 `json:"job_id"`
	NodeID uint64 `json:"node_id"`
	State  string `json:"state"`
	// Reason says why a failed job failed.
	Reason string `json:"reason,omitempty"`
	// Error is the last transient problem (retried), e.g. a block not
	// final yet or a ciphertext not found.
	Error string `json:"error,omitempty"`
	// Opened: the enclave verified the job from chain evidence; Spec is
	// then its record of the job.
	Opened       bool            `json:"opened"`
	Spec         *job.Spec       `json:"spec,omitempty"`
	ModuleLoaded bool            `json:"module_loaded"`
	Listings     []ListingStatus `json:"listings,omitempty"`
	// The result, once run: its CID in this node's store, the signed
	// hash, size and metered cost, and the submission's transaction.
	ResultCID  string      `json:"result_cid,omitempty"`
	ResultHash common.Hash `json:"result_hash,omitzero"`
	Size       uint64      `json:"size,omitempty"`
	Cost       uint64      `json:"cost,omitempty"`
	SubmitTx   common.Hash `json:"submit_tx,omitzero"`
	// Closed: the job settled or expired on chain.
	Closed bool `json:"closed,omitempty"`
}

// jobRec is the host's record of a job: its status and where its events
// are on chain.
type jobRec struct {
	JobStatus
	CreatedTx  common.Hash `json:"created_tx,omitzero"`
	AcceptedTx common.Hash `json:"accepted_tx,omitzero"`
	// Ran: the enclave produced the result (ResultCID holds it).
	Ran bool `json:"ran,omitempty"`
}

func (r *jobRec) clone() *jobRec {
	c := *r
	c.Listings = slices.Clone(r.Listings)
	if r.Spec != nil {
		sp := *r.Spec
		sp.Listings, sp.Nodes, sp.BuyerPubKey = slices.Clone(sp.Listings), slices.Clone(sp.Nodes), slices.Clone(sp.BuyerPubKey)
		c.Spec = &sp
	}
	return &c
}

// final reports whether nothing more happens to the job on this node.
func (r *jobRec) final() bool {
	return r.State == StateSubmitted || r.State == StateFailed
}

// resetEnclave forgets what lived in the enclave (after a restart).
func (r *jobRec) resetEnclave() {
	r.Opened, r.ModuleLoaded, r.Ran = false, false, false
	r.ResultCID, r.ResultHash, r.Size, r.Cost = "", common.Hash{}, 0, 0
	for i := range r.Listings {
		r.Listings[i].KeyHandedOver, r.Listings[i].DataChecked = false, false
	}
	r.State = StateWaitingModule
}

// listing returns the status of listing id, or nil.
func (r *jobRec) listing(id uint64) *ListingStatus {
	for i := range r.Listings {
		if r.Listings[i].ListingID == id {
			return &r.Listings[i]
		}
	}
	return nil
}

// recompute sets State from the progress flags (unless final).
func (r *jobRec) recompute() {
	if r.final() {
		return
	}
	switch {
	case r.Ran:
		r.State = StateRunning
	case !r.ModuleLoaded:
		r.State = StateWaitingModule
	default:
		r.State = StateRunning
		for _, l := range r.Listings {
			if !l.DataChecked {
				r.State = StateWaitingData
			}
		}
		if !r.Opened {
			r.State = StateWaitingData
		}
	}
}
