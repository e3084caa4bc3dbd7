import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/exchange/exchange.js';
import { SecretRedactor } from '../../src/exchange/secret-redactor.js';

// No secret survives redaction anywhere in an exchange: headers, form bodies, token replies, URLs,
// later requests, in any of the encodings it may appear in.

const secret = 'cl!ent/s3cret+"quoted"';
const token = '0f9c2d7e-5b1a-4c3e-9d8f-2a6b7c8d9e0f';
const basic = `Basic ${btoa(`plugin-id:${secret}`)}`;
const h = (o: Record<string, string>) => Object.entries(o).map(([name, value]) => ({ name, value }));

const tokenExchange: Exchange = {
  label: '#1',
  request: { method: 'POST', url: 'https://ps.test/oauth/access_token', headers: h({ Authorization: basic, 'Content-Type': 'application/x-www-form-urlencoded' }), body: `grant_type=client_credentials&client_secret=${encodeURIComponent(secret)}` },
  response: { status: 200, headers: h({ 'Set-Cookie': 'JSESSIONID=abc123456' }), body: JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: '1814400' }) },
};
const laterExchange: Exchange = {
  label: '#2',
  request: { method: 'POST', url: `https://ps.test/ws/attendance/daily_time?access_token=${token}`, headers: h({ Authorization: `Bearer ${token}`, Cookie: 'JSESSIONID=abc123456' }), body: JSON.stringify({ note: `echo ${secret}` }) },
  response: { status: 401, headers: h({ 'WWW-Authenticate': 'Bearer realm="PowerSchool"' }), body: JSON.stringify({ message: `token ${token} expired` }) },
};

function leaks(text: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), btoa(`plugin-id:${secret}`), token, 'JSESSIONID=abc123456'];
  return forms.filter((f) => text.includes(f));
}

describe('SecretRedactor', () => {
  it('removes the credentials, the client secret and the token from every part of every exchange', () => {
    const redactor = new SecretRedactor();
    redactor.learn(tokenExchange);
    redactor.learn(laterExchange);
    const text = JSON.stringify([redactor.redact(tokenExchange), redactor.redact(laterExchange)]);
    expect(leaks(text)).toEqual([]);
    expect(redactor.redact(tokenExchange).request.headers[0]?.value).toBe('Basic [REDACTED]');
    expect(redactor.redact(laterExchange).request.headers[0]?.value).toBe('Bearer [REDACTED]');
    expect(JSON.parse(redactor.redact(tokenExchange).response?.body ?? '')).toEqual({ access_token: '[REDACTED]', token_type: 'Bearer', expires_in: '1814400' });
    expect(redactor.redact(tokenExchange).request.body).toBe('grant_type=client_credentials&client_secret=%5BREDACTED%5D');
  });

  it('a secret learned later is removed from exchanges redacted again', () => {
    const redactor = new SecretRedactor();
    redactor.learn(laterExchange);
    redactor.learn(tokenExchange);
    expect(leaks(JSON.stringify(redactor.redact(laterExchange)))).toEqual([]);
  });

  it('keeps what is not secret', () => {
    const redactor = new SecretRedactor();
    redactor.learn(tokenExchange);
    const kept = redactor.redact(laterExchange);
    expect(kept.response?.headers).toEqual(laterExchange.response?.headers);
    expect(kept.request.method).toBe('POST');
  });
});
