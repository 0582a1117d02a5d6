// Package board is the send-receive board of the broker trade path: a
// tamper-evident, append-only log of the parties' signed notifications
// (send, receive, confirm, dispute).
//
// Each Entry is signed by its party (secp256k1, over a domain-separated
// keccak256 of its canonical encoding) and refused unless the signature
// recovers to the stated party. Entries are the leaves of an RFC 6962
// Merkle tree (SHA-256, github.com/transparency-dev/merkle), stored in
// SQLite with every complete subtree hash, so that the Log serves
// inclusion proofs (an entry is in the log) and consistency proofs (an
// older log is a prefix of a newer one).
//
// The platform signs Checkpoints (size, root, time). A client that holds
// the platform's address checks them with a Verifier; an operator that
// rewrites or drops an entry cannot produce a consistency proof from any
// checkpoint it signed before. Anchoring checkpoints where the operator
// cannot rewrite them (a contract) is the job of an Anchor implementation.
package board
