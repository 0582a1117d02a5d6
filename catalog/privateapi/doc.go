// Package privateapi serves private spatial queries over the catalog from
// an attested enclave, and is the buyer's Go client of that service.
//
// The host (Service, untrusted) runs the enclave — spatial/private's
// Service over an enclave.Factotum — loaded with the catalog's
// SpatialEntries and reloaded when they change. It keeps the enclave's
// sealed identity keys in a directory, so that a restart keeps the keys
// buyers attested, and serves an HTTP API on a local address:
//
//	GET  /v1/info    the enclave's platform ("sim" = SIMULATION), measurement,
//	                 keys, configuration and its hash, listings held (not attested)
//	POST /v1/attest  {"nonce":"0x…32 bytes"} → enclave.Attestation (rate-limited per IP)
//	POST /v1/query   opaque ciphertext in (application/octet-stream),
//	                 opaque ciphertext out (rate-limited per IP)
//
// Errors are JSON {"code","message"} with the datatrade error code. The host
// logs only sizes and durations of queries: it never holds the plaintext of
// a query or of an answer.
//
// The Client attests the enclave with a fresh nonce before every query,
// checks the evidence against an enclave.Policy (a simulated enclave only
// when the policy explicitly allows it) and encrypts the query to the keys
// the evidence binds — never to keys the host names elsewhere.
//
// # What the host still learns
//
// See spatial/private: that a query happened, when and from where; the
// sizes of request and reply (padded to a power of two, so the reply's
// bucket says within a factor of two how many hits); how long the enclave
// took; and, to a host that can watch the enclave's memory accesses, the
// access pattern of the R-tree walk. The catalog the enclave answers from
// is public and comes from the host: the host cannot read a query, but it
// could answer from a doctored catalog (check a hit's hashid on chain
// before buying it). With the sim backend the host can read everything.
package privateapi
