/**
 * A parsed message as its handlers see it: nothing in it is theirs to change. zod's own `readonly`
 * would freeze every payload at parse time; this is the same promise at no runtime cost.
 */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
