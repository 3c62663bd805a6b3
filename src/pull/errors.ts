/** A failed pull, told in one line; any index already in place is left as it was. */
export class PullError extends Error {
  override name = 'PullError'
}
