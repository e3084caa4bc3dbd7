// The token operation of openapi.json: POST /oauth/access_token, the tokenUrl of the OAuth2
// client-credentials scheme. Documented so that mock servers (Prism) and clients generated from the
// document cover the whole plugin flow, not only the three attendance writes.

/**
 * The path item of POST /oauth/access_token.
 * @param {(key: 'token' | 'oauthError') => object} schemaOf - `{ schema: { $ref } }` of a response
 *   schema, or `{}` when it is not under schemas/.
 */
export function tokenPathItem(schemaOf) {
  const oauthError = (description, name, example) => ({
    description,
    content: { 'application/json': { ...schemaOf('oauthError'), examples: { [name]: example } } },
  });
  return {
    post: {
      operationId: 'postAccessToken',
      tags: ['oauth'],
      summary: 'Get an access token (OAuth 2.0 client credentials)',
      description:
        "Exchanges the plugin's client id and secret (HTTP Basic: `base64(client_id:client_secret)`) for a bearer token. Confirmed from PowerSchool's plugin documentation; `expires_in` is a string of seconds.",
      security: [{ pluginClientBasic: [] }],
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              properties: { grant_type: { const: 'client_credentials', description: 'Always client_credentials.' } },
              required: ['grant_type'],
              additionalProperties: false,
            },
            examples: { clientCredentials: { summary: 'The only grant plugins use', value: { grant_type: 'client_credentials' } } },
          },
        },
      },
      responses: {
        200: {
          description: 'A bearer token for the attendance endpoints.',
          content: {
            'application/json': {
              ...schemaOf('token'),
              examples: {
                token: {
                  summary: 'A token valid for 21 days',
                  value: { access_token: '7b1d3f0c-2a54-4e8f-9c61-0d2e8a6b5f14', token_type: 'Bearer', expires_in: '1814654' },
                },
              },
            },
          },
        },
        400: oauthError('The grant is missing or is not client_credentials (modelled on RFC 6749 section 5.2).', 'unsupportedGrant', {
          summary: 'A grant other than client_credentials',
          value: { error: 'unsupported_grant_type', error_description: 'Only grant_type=client_credentials is supported.' },
        }),
        401: oauthError('The client id or secret is wrong (modelled on RFC 6749 section 5.2).', 'invalidClient', {
          summary: 'Unknown client or wrong secret',
          value: { error: 'invalid_client', error_description: "Unknown client id or wrong client secret: use the plugin's credentials." },
        }),
      },
    },
  };
}
