// Package envelope seals datasets for datatrade: chunked authenticated
// encryption streams, salted Merkle commitments with inclusion proofs, and
// HPKE key wrapping to parties' key pairs.
//
// # Stream format (version 1)
//
// A sealed dataset is a 32-byte header followed by chunk records:
//
//	header:  "DTEV" | version=1 | suite=1 | 0x0000 | chunk size (uint32 BE)
//	         | dataset id (16 bytes) | 0x00000000
//	record i: AES-256-GCM(K, nonce_i, plaintext chunk i, AD = header)
//	         = ciphertext (chunk size bytes, fewer for the last) | tag (16 bytes)
//
// K = HKDF-SHA256(data key, salt = dataset id, info = "datatrade envelope v1
// chunk key"), so a data key reused by mistake under another dataset id
// still gives an unrelated AES key. nonce_i = dataset id[0:3] | i (uint64 BE)
// | last flag (1 for the final chunk, else 0). Every record is bound to the
// whole header (version, chunk size, dataset id), its index and whether it is
// last, so records cannot be reordered, dropped, duplicated, truncated at a
// record boundary, or spliced in from another dataset without failing
// authentication. Every record but the last holds exactly chunk size bytes of
// plaintext; the last holds 1 to chunk size bytes (0 only for an empty
// dataset, which is one empty last record). Record i therefore starts at
// 32 + i*(chunk size+16), which gives random access to any chunk.
//
// # Commitments
//
// A dataset's commitment is R = the RFC 6962 Merkle root over leaves
// leaf_i = SHA-256(0x00 | salt_i | chunk_i) with inner nodes
// SHA-256(0x01 | left | right), plus the plaintext size and chunk size.
// salt_i = HMAC-SHA256(listing salt, "datatrade merkle v1 salt" | i) comes
// from a secret listing salt that travels only with the data key, so nobody
// without it can confirm a guessed chunk against R. A Proof carries the chunk
// index, salt_i and the audit path.
//
// # Key wrapping
//
// Wrap seals a secret (a data key and listing salt) to a party's public key
// with HPKE (RFC 9180, Go's crypto/hpke): the ML-KEM-768+X25519 hybrid KEM by
// default, X25519 as an option, HKDF-SHA256 and AES-256-GCM. The HPKE info
// binds chain id, contract, trade id, purpose and the recipient's public key.
package envelope
