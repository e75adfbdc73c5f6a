import type { Api } from '@shared/api'
import { callFunction } from './transport'

type Fn = keyof Api
type Action<F extends Fn> = keyof Api[F] & string
type Io<F extends Fn, A extends Action<F>> = Api[F][A] extends [infer I, infer O] ? [I, O] : never

/** A typed call of one action of one cloud function, checked against the wire contract. */
export function invoke<F extends Fn, A extends Action<F>>(
  fn: F,
  action: A,
  input: Io<F, A>[0],
): Promise<Io<F, A>[1]> {
  return callFunction<Io<F, A>[1]>(fn, { ...(input as object), action })
}
