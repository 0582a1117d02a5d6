// Package lightclient is the enclave's light client (DESIGN.md §4): a FIFO
// window of verified block headers fed by the untrusted host, anchored at the
// checkpoint of the attested enclave.Config, with fork choice, confirmation
// depth, receipt proofs against a verified header's receiptsRoot, and
// matching of contract events.
//
// It runs inside the enclave boundary, so it imports no network, chain
// client, store or market package (a guard test keeps it so). The host
// builds receipt proofs with package lightclient/proof and bundles what it
// sends for one claim in an Evidence.
//
// Every header must link back to the checkpoint and pass the configured
// header authenticator:
//
//   - "authority": the header hash is signed by the authority address pinned
//     in the configuration (the format of package chain/devnode/authsig:
//     65 bytes R ‖ S ‖ V over the bare block hash, V 0 or 1). A host without
//     the authority key cannot feed a fake chain.
//   - "dev": no proof at all. New refuses it unless Options.AllowDev is set,
//     which callers only set after the user opted in with --insecure.
//
// Fork choice: competing branches that descend from the anchor are kept;
// the canonical head is the tip of the branch with the most blocks, the
// first seen among equals. Headers are authenticated before they enter the
// window, so every branch is an authenticated one.
package lightclient
