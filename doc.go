// Package datatrade holds the domain types and error codes of datatrade, a
// system for trading data between parties who trust neither each other nor
// any platform.
//
// Payments, listings, reviews and evidence live on an Ethereum chain; data is
// handled by trusted exchanges that run in a TEE enclave and prove their code
// by remote attestation. The packages below this one are adapters (chain,
// store, catalog, httpapi) and algorithms (envelope, fingerprint, spatial,
// pricing, reputation); cmd/datatrade ties them together.
package datatrade
