// Package host is the untrusted host service of a trusted exchange
// (DESIGN.md §4, the "H" of exchange X = H + E). It runs the enclave's
// trading program (package exchange) behind its narrow ECALL interface and
// does everything the enclave must not be trusted with and need not trust:
// it follows the chain, builds light-client evidence (receipt proofs plus
// authority-signed headers) for the enclave to verify, stores ciphertexts,
// submits the enclave's signed statements to Escrow (commit, reveal, seller
// fault) from the operator's account, keeps the enclave's sealed keys and
// sealed pending table on disk so that a restarted exchange carries on with
// its trades, and serves the HTTP API that buyers and sellers use
// (docs/exchange-api.md). Client is the Go client of that API; Verify
// attests an exchange through it.
//
// Once the enclave has verified a trade's data, the host has it prepare
// the buyer's ciphertext (exchange.Program.Prepare) and stores it, so the
// buyer fetches and checks it before paying (FetchPrepared): the Delivery
// signed after the payment names only that ciphertext, and a host that
// commits and reveals cannot then withhold the data.
//
// Nothing here is trusted by buyers or sellers: a host that lies can only
// stop the trade (and then the buyer is refunded after the deadline or
// compensated from the exchange's stake), never obtain a key or a signature
// the enclave's checks would refuse.
package host
