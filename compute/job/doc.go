// Package job is the enclave-side job runner of compute jobs (DESIGN.md §6,
// SDTE and Version 2): the part of a compute node that runs inside the
// enclave. It learns the job from chain evidence, takes the buyer's module
// and job salt (HPKE-encrypted to this enclave) and checks the module's hash
// and the buyer's signature over it, takes each listing's data key from the
// seller's agent (wrapped to this enclave, bound to chain, Jobs contract,
// job, listing and enclave key, and signed by the listing's owner together
// with the seller's terms for this job), checks every chunk of every dataset
// against the listing's Merkle root R before running, enforces the sellers'
// terms (allow-listed algorithms, output per job, minimum nodes and quorum),
// runs the module in package sandbox with the datasets on stdin under a
// metered instruction budget, encrypts the result to the buyer and signs the
// EIP-712 JobResult the Jobs contract checks.
//
// Its API is a narrow ECALL table like package exchange: every Runner method
// takes and returns plain values or bytes, never a network, chain or storage
// client. The package imports no host package; a test keeps it that way.
// Buyer-side helpers (PrepareModule, OpenResult) and the seller agent's
// WrapDataKey are plain functions over the same encodings and run outside
// the enclave.
//
// The ECALLs of one job, in order (the host may retry any of them):
//
//	Open(job id, JobCreated evidence, [JobAccepted evidence]) → the enclave's Spec of the job
//	LoadModule(job id, sealed bundle, module, buyer signature) ← the buyer's PrepareModule
//	HandOver(job id, listing id, terms, wrapped, owner signature) ← the seller agent's WrapDataKey
//	LoadData(job id, listing id, ciphertext)           → checked against R, or refused
//	Run(job id)                                        → the result sealed to the buyer, for the host to store
//	SignResult(job id, result CID)                     → the EIP-712 JobResult, for the host to submit
//	Forget(job id)
//
// # Datasets on stdin
//
// A job over one listing gives the module that dataset's plaintext on stdin,
// unchanged, so an ordinary CSV program runs as it is. A job over several
// listings frames them (FrameDatasets, ParseDatasets), in the order the job
// names them:
//
//	#datatrade-datasets <count>\n
//	#dataset <listing id> <length in bytes>\n
//	<exactly length bytes>
//	#dataset <listing id> <length>\n
//	…
//
// Numbers are decimal ASCII; there is nothing between one dataset's last
// byte and the next "#dataset" line. A C guest reads each header line with
// fgets and the bytes with fread (see compute/examples/c/join.c).
//
// # Trust notes
//
// The enclave's attested configuration (enclave.Config) names the chain and
// the trading contracts but not the Jobs contract, so the host passes its
// address in Options.Jobs. A wrong address gains the host nothing: the
// evidence must come from that address; every hand-over and module bundle
// is encrypted under an HPKE info that binds the real Jobs address, so
// nothing decrypts; and every JobResult is an EIP-712 signature whose
// verifying contract is that address, worthless on the real contract.
// Sellers' agents and buyers must take the Jobs address from the deployment
// they trust, never from the node.
//
// The cumulative output budget per buyer and listing lives on chain: the
// Jobs contract reserves a job's output allowance from it when the job is
// created and refuses jobs once it is spent. The enclave cannot see the
// budget itself; it caps each run's output at the smallest of the job's
// reserved allowance (Spec.MaxOutput) and every seller's per-job maximum
// (Terms.MaxOutput), so together the two stop an "analysis" that prints the
// raw data, whether in one job or spread over many.
package job
