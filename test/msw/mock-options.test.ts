import { describe, expect, it } from 'vitest';
import { createPowerSchoolMock, mockDefaults } from '../../src/msw/index.js';
import { PluginXmlError } from '../../src/plugin-access/plugin-xml-error.js';

describe('createPowerSchoolMock options', () => {
  it('documents its default credentials and exposes the ones in use', () => {
    const mock = createPowerSchoolMock();
    expect([mock.clientId, mock.clientSecret]).toEqual([mockDefaults.clientId, mockDefaults.clientSecret]);
    expect(mock.handlers).toHaveLength(4);
  });

  it.each([
    ['a negative latency', { latencyMs: -1 }],
    ['a fractional token lifetime', { tokenLifetimeSeconds: 1.5 }],
    ['a relative baseUrl', { baseUrl: 'district.powerschool.com' }],
    ['both grants and pluginXml', { grants: ['studentid'], pluginXml: '<plugin/>' }],
  ])('throws a TypeError naming the option for %s', (_, options) => {
    expect(() => createPowerSchoolMock(options)).toThrow(TypeError);
    expect(() => createPowerSchoolMock(options)).toThrow(/^createPowerSchoolMock: /);
  });

  it('throws a PluginXmlError for a malformed plugin.xml', () => {
    expect(() => createPowerSchoolMock({ pluginXml: '<plugin><access_request></plugin>' })).toThrow(PluginXmlError);
  });
});

describe('createPowerSchoolMock unknown options (issue 12)', () => {
  it('refuses an unknown option, naming the options', () => {
    expect(() => createPowerSchoolMock({ bogus: 1 } as never)).toThrow(/^createPowerSchoolMock: unknown option `bogus`; the options are baseUrl, clientId, /);
  });

  it.each([
    ['clientID', 'clientId'],
    ['latency', 'latencyMs'],
    ['base_url', 'baseUrl'],
    ['firstID', 'firstId'],
  ])('names the closest known option for %s', (given, near) => {
    expect(() => createPowerSchoolMock({ [given]: 1 } as never)).toThrow(`unknown option \`${given}\` (did you mean \`${near}\`?)`);
  });
});
