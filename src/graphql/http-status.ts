import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../workflows/errors';

/**
 * A request that needs a token answers 401 whether the token is missing or invalid: an invalid
 * token fails before anything runs (401 from the context); a missing one is found by the first
 * resolver that needs an actor, which Apollo answers 200 with the error. This plugin makes a
 * response whose every error is UNAUTHENTICATED a 401 (public fields selected beside it are
 * still in `data`); a response with any other error keeps its status.
 */
export const unauthenticatedStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors?.length || !errors.every((error) => error.extensions?.code === ErrorCode.UNAUTHENTICATED)) return;
        response.http.status = 401;
        response.http.headers.set('www-authenticate', 'Bearer');
      },
    };
  },
};
