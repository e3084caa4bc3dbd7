import type { PowerSchoolMockCore } from '../../mock/power-school-mock-core.js';
import { endpointIds, endpoints } from '../../endpoints.js';
import { jsonMessage, type HttpReply } from '../http/http-reply.js';
import type { HttpHandlerFn } from '../http/start-http-server.js';
import { controlAnswer, controlPrefix } from './serve-control.js';

/**
 * The request handler of `ps-attendance serve`: the control API under `/_mock` (unless refused),
 * the mock's four routes, and 404/405 (with `Allow`) for anything else.
 *
 * @example
 * ```ts
 * const server = await startHttpServer({ handler: serveHandler(createPowerSchoolMockCore(), { control: true }) });
 * ```
 */
export function serveHandler(core: PowerSchoolMockCore, options: { readonly control: boolean }): HttpHandlerFn {
  const paths = ['/oauth/access_token', ...endpointIds.map((id) => endpoints[id].path)];
  const basePath = core.options.baseUrl === undefined ? '' : new URL(core.options.baseUrl).pathname.replace(/\/+$/, '');
  const routes = `POST ${paths.map((path) => basePath + path).join(', POST ')}${options.control ? `, and the control API under ${controlPrefix}/ (${controlPrefix}/openapi.json)` : ''}`;
  return async (request): Promise<HttpReply> => {
    const path = new URL(request.url).pathname;
    if (options.control && (path === controlPrefix || path.startsWith(`${controlPrefix}/`))) return controlAnswer(request, path.slice(controlPrefix.length), core);
    const answer = await core.handle(request);
    if (answer !== undefined) return answer;
    if (paths.includes(path.slice(basePath.length)) && path.startsWith(basePath)) {
      return jsonMessage(405, `${request.method.slice(0, 20)} is not allowed on ${path}: send POST.`, { allow: 'POST' });
    }
    return jsonMessage(404, `No such route: ${request.method.slice(0, 20)} ${path.slice(0, 200)}. This mock answers ${routes}.`);
  };
}
