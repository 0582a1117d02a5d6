// Package agent is the seller's unattended agent (DESIGN.md §4 steps 4, 5
// and 10): it watches the trades opened on the seller's listings and, by
// the seller's Policy, attests every exchange each trade names, checks the
// enclave-signed record of the trade against the chain, uploads the
// listing's ciphertext and hands the enclave the data key and listing salt,
// wrapped to the attested enclave key and signed by the listing's owner. So
// trades never wait for the seller to be online.
//
// The agent is idempotent and safe to restart: it remembers in a small
// state file which trades it has looked at and which exchanges it has
// served, and asks an exchange for its status before handing anything over
// again. It never logs keys or secrets.
package agent
