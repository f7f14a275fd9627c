/**
 * The type every area's service module implements: one function per contract method, taking the
 * already-validated input. Hosts only ever see the merged map from createHandlers().
 */
import type { z } from 'zod';
import type { Api, MethodName, Output } from '../../shared/api.ts';

export type Handler<M extends MethodName> = (input: z.output<Api[M]['input']>) => Output<M> | Promise<Output<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/**
 * A slice of the handler map, as each area provides it: `HandlersFor<typeof libraryApi>` has one
 * handler per method of that area's contract, so method names are never listed again here.
 */
export type HandlersFor<Area extends Partial<Api>> = { [M in keyof Area & MethodName]: Handler<M> };
