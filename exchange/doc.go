// Package exchange is the trusted trading program of an exchange: the part of
// DESIGN.md §4 that runs inside the enclave (steps 3–9 and 12). It keeps the
// pending-trade table, takes the seller's owner-signed, context-bound key
// hand-over, checks every chunk against the listing's Merkle root R, signs
// seller-fault statements only when decryption succeeds and R does not
// match, serves the listing's sample with proofs, signs sample receipts and
// ready statements, re-encrypts the data for the buyer after verified
// payment, signs the EIP-712 Delivery, releases the wrapped key only once the
// commit is final, and forgets trades.
//
// Its API is a narrow ECALL table: every Program method takes and returns
// plain values or bytes, never a network or chain client. Chain facts arrive
// as light-client evidence and are checked through an EvidenceVerifier
// (LightClient in production). The package imports no host package; a test
// keeps it that way. The host service (HTTP, chain following, storage) lives
// elsewhere and is untrusted.
//
// The ECALLs of one trade, in order (the host may retry any of them):
//
//	OpenTrade(id, TradeOpened evidence)     → TradeRecord, signed for the seller (VerifyRecord)
//	HandOver(id, wrapped, owner signature)  ← the seller's WrapSecrets
//	CheckData(id, seller's ciphertext)      → nil, or a signed SellerFault for Escrow
//	Ready(id)                               → signed ready statement for the buyer
//	Prepare(id)                             → the buyer's ciphertext under K_D and the signed
//	                                          statement naming its CID, for the buyer to fetch
//	                                          and check BEFORE paying (VerifyPrepared)
//	FixSample(id, SampleFixed evidence); Sample(id) → sample chunks for the buyer + SampleReceipt
//	Commit(id, TradePaid evidence)          → the same ciphertext; K_D + listing salt wrapped to the buyer
//	SignDelivery(id, ciphertext CID)        → the EIP-712 Delivery naming only the prepared CID
//	Reveal(id, final TradeCommitted evidence) → K_D + listing salt wrapped to the buyer (check R)
//	Forget(id)
//
// SealState and RestoreState carry the pending table over a restart.
package exchange
