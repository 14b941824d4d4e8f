/**
 * Not API: file helpers shared by the batch's append-only stores (the ledger of
 * {@code warta.core.batch} and the signature store of {@code warta.core.batch.dedup}). Uses no
 * other package of Warta, so both may use it without a package cycle. May change without notice.
 */
package warta.core.batch.internal;
