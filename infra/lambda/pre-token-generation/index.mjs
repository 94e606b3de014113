// Cognito pre-token-generation trigger (event version 2): puts the user's tenant and e-mail
// into the access token, where the services read them (claims tenant_id and email; the
// scopes come from the app client). A user without a tenant gets no tenant_id claim, and the
// order service refuses them as it refuses any token without one.
export const handler = async (event) => {
  const attributes = event.request.userAttributes ?? {};
  const claims = {};
  if (attributes["custom:tenant_id"]) claims.tenant_id = attributes["custom:tenant_id"];
  if (attributes.email) claims.email = attributes.email;
  event.response = {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: { claimsToAddOrOverride: claims },
      idTokenGeneration: { claimsToAddOrOverride: claims },
    },
  };
  return event;
};
