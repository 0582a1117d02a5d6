// Package broker is the platform's service on the broker trade path
// (DESIGN.md §7, the tracking paper's scenarios 1 and 2) for deployments
// without a TEE. It works with the Broker and BoardAnchor contracts
// (through market.Broker), the send-receive board (package board) and the
// data-contract table (package catalog):
//
//   - it relays the data a seller encrypted to the buyer (an envelope
//     stream under a fresh data key, the key wrapped to the buyer's HPKE
//     key; the platform never holds the plaintext);
//   - it records every signed send, receive, confirm and dispute
//     notification on the board, and submits the seller's Sent notice on
//     chain;
//   - it runs the fingerprint consistency check (the buyer's fingerprint
//     of what it received against the seller's registered fingerprint,
//     catalog.Compare) and posts the result with the buyer's signed
//     Received notice;
//   - in a dispute it opens the seller's upload (sealed to the platform's
//     HPKE key), fingerprints it, records the upload and decides: pay the
//     seller (and relay the upload to the buyer) or refund the buyer;
//   - it anchors board checkpoints on chain (ChainAnchor implements
//     board.Anchor) and serves inclusion proofs that a client checks
//     against the anchored checkpoint (VerifyProof);
//   - it answers per-query use-right requests over CSV datasets (count,
//     sum, average, minimum, maximum with filters), charging each query on
//     chain with the buyer's signed request before answering.
//
// The reseller scenario needs nothing more: after an ownership sale the
// listing token and the catalog row's owner move to the buyer, which may be
// the platform itself, and the new owner offers the listing again.
//
// A Service is safe for concurrent use. Its HTTP API (Handler) is described
// in docs/broker.md; Client is its Go client.
package broker
