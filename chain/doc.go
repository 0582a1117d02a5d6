// Package chain is datatrade's client side of an EVM chain: accounts (raw
// keys and go-ethereum keystore files), sending transactions with EIP-1559
// fees and a nonce manager per account, waiting for receipts and
// confirmations under context deadlines, decoding revert reasons into
// user-safe errors, a windowed sender for bursts that resubmits dropped
// transactions, and an event follower that resumes from a checkpoint and
// handles reorganisations.
//
// A Client works with any Backend: an *ethclient.Client from Dial (the
// embedded dev node's JSON-RPC, geth, Besu, Ganache, public networks) or the
// client of go-ethereum's ethclient/simulated backend in tests.
//
// Errors that reach users are *datatrade.Error values: ECONFLICT when a
// contract refused a call (with the decoded reason), EFUNDS when an account
// cannot pay, EUNAVAILABLE when the RPC endpoint cannot be reached (never
// with the endpoint's credentials), EEXPIRED when a deadline passed while
// waiting for a receipt (with the transaction hash). Keys and passphrases
// never appear in errors or logs.
package chain
