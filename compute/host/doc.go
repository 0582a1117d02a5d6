// Package host is the untrusted host service of a compute node (DESIGN.md
// §6): it runs the enclave's job runner (package compute/job) behind its
// narrow ECALL interface and does everything the enclave must not be
// trusted with and need not trust. It follows the Jobs contract for the
// jobs that name this node (JobCreated, or JobAccepted for an open slot),
// builds light-client evidence for the enclave with exchange/host's
// EvidenceBuilder, takes the buyer's module bundle and the sellers' data key
// hand-overs over HTTP, fetches each listing's ciphertext from its store (or
// takes it by PUT /v1/blobs), runs the job once the module and every data
// key are in, stores the result sealed to the buyer and submits the
// enclave-signed JobResult to the Jobs contract from the operator's
// account. Client is the Go client of its API; Verify attests a node
// through it.
//
// # HTTP API (127.0.0.1 by default)
//
//	GET  /v1/info                node id, platform ("sim" = SIMULATION), measurement, keys, attested config
//	POST /v1/attest              {"nonce": "0x…32 bytes"} → enclave.Attestation
//	PUT  /v1/blobs               a listing's ciphertext → {"cid", "size"}
//	POST /v1/jobs/{id}/module    ModuleRequest: this node's part of the buyer's job.ModuleBundle
//	POST /v1/jobs/{id}/handover  HandOverRequest: a seller's wrapped data key, terms and owner signature
//	GET  /v1/jobs/{id}           JobStatus: waiting-module | waiting-data | running | submitted | failed (with the reason)
//	GET  /v1/results/{cid}       the result blob, sealed to the buyer
//
// Errors are JSON {"code", "message"} with the datatrade error code.
//
// # What survives a restart
//
// The enclave's keys and configuration are sealed to the state dir, so a
// restarted node keeps its registered signer. The runner's jobs live in
// enclave memory only: after a restart a job that had not run yet is
// opened again from the chain and waits for its module and data keys
// anew (buyers and sellers' agents retry, asking GET /v1/jobs/{id} first).
// Submitted results stay retrievable from the store.
//
// Nothing here is trusted by buyers or sellers: a host that lies can only
// stop the job (the buyer is refunded after the deadline), never obtain
// the module, a data key or a signature the enclave's checks would refuse.
// With the sim backend (SIMULATION) nothing is protected at all.
package host
