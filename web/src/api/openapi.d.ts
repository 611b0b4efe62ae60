/**
 * Generated from the server's OpenAPI document by `npm run generate:api` (openapi-typescript). Do not edit:
 * change the route schemas and run it again; `npm run generate:api -- --check` fails when this file is stale.
 */

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public keys that verify license tokens (JWKS)
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["getLicenseTokenKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ISO 3166-1 alpha-2 countries with English names
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with user principal name and password
         * @description Answers the session, or (signIn: mfaRequired) a session that only POST /api/v1/auth/mfa/verify can finish, or (signIn: mfaEnrollmentRequired) one that must set up an authenticator app first. Failed attempts slow down further ones from the same address for the same account (429 with Retry-After); the account itself is never locked.
         *
         *     **Access:** Public: no credentials needed.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the current session
         * @description **Access:** Public: no credentials needed.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in (and whether a second factor or MFA enrolment is still due), with the CSRF token for writes
         * @description **Access:** Any signed-in caller, also while the second sign-in step is still due.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's API tokens (never their secrets)
         * @description **Access:** Only signed in (action `apiToken.manage`). An API token needs the `directory.write` scope.
         */
        get: operations["listApiTokens"];
        put?: never;
        /**
         * Create an API token; the secret is shown once in this response
         * @description **Access:** Only signed in (action `apiToken.manage`). An API token needs the `directory.write` scope.
         */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description **Access:** Only signed in (action `apiToken.manage`). An API token needs the `directory.write` scope.
         */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish signing in with the code from the authenticator app, or with a recovery code
         * @description **Access:** The caller's own browser session only (not an API token).
         */
        post: operations["verifySecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up an authenticator app: a new secret, shown once
         * @description Scan otpauthUri as a QR code (or type the secret), then confirm with a code from the app. Until confirmed, the account signs in as before.
         *
         *     **Access:** The caller's own browser session only (not an API token).
         */
        post: operations["startMfaEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the authenticator app with its current code; answers ten one-time recovery codes, shown once
         * @description **Access:** The caller's own browser session only (not an API token).
         */
        post: operations["confirmMfaEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the recovery codes (all earlier ones stop working); needs a current code from the authenticator app
         * @description **Access:** The caller's own browser session only (not an API token).
         */
        post: operations["regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove your authenticator app (not allowed where MFA is required); needs a current code
         * @description **Access:** The caller's own browser session only (not an API token).
         */
        delete: operations["removeMfa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password; your other sessions end
         * @description **Access:** The caller's own browser session only (not an API token).
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the caller's tenant
         * @description **Access:** Only a member of the tenant (action `tenant.read`). An API token needs the `directory.read` scope.
         */
        get: operations["getTenantSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the tenant's name, country or security settings (Global admin)
         * @description requireMfaForAdmins: every admin of the tenant must sign in with an authenticator app; admins who have none set one up at their next sign-in.
         *
         *     **Access:** Only a Global admin (action `tenant.update`). An API token needs the `directory.write` scope.
         */
        patch: operations["updateTenantSettings"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The actions that appear in the tenant's audit log, for filters
         * @description **Access:** Only a Global, Billing, License or User admin (action `audit.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listAuditActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's audit log, newest first
         * @description **Access:** Only a Global, Billing, License or User admin (action `audit.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users, with the products each holds
         * @description Filter by licensed=true|false (holds any product or none) and planId (holds that product). Each user comes with their licenses and how they hold them (directly or through which group).
         *
         *     **Access:** Only a member of the tenant (action `user.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description **Access:** Only a Global admin or a User admin (action `user.write`). An API token needs the `directory.write` scope.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the users (same filters as the list) as CSV, with their licenses
         * @description Streamed, every matching user (not one page), in the list order. UTF-8 with a header row; Licenses names each product with how it is held, e.g. "Contoso Pro (direct); Fabrikam Basic (Sales)". Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
         *
         *     **Access:** Only a member of the tenant (action `user.read`). An API token needs the `directory.read` scope.
         */
        get: operations["exportUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import users from CSV
         * @description Send the CSV as the body with Content-Type: text/csv (UTF-8). Columns: User principal name, Display name, Usage location (optional), Enabled (optional). Valid rows are created; every rejected row is reported with its line number and reasons. Use ?dryRun=true to check a file without creating anyone.
         *
         *     **Access:** Only a Global admin or a User admin (action `user.write`). An API token needs the `directory.write` scope.
         */
        post: operations["importUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user, with the groups they belong to
         * @description **Access:** Only a member of the tenant (action `user.read`). An API token needs the `directory.read` scope.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description **Access:** Only a Global admin or a User admin (action `user.write`). An API token needs the `directory.write` scope.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a user (name, location, enabled, password reset)
         * @description **Access:** Only a Global admin or a User admin (action `user.write`). An API token needs the `directory.write` scope.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a user's admin roles
         * @description **Access:** Only a Global admin (action `user.roles`). An API token needs the `directory.write` scope.
         */
        put: operations["setUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/{userId}/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Reset a user's multi-factor authentication (lost device): their authenticator app and recovery codes are removed and their sessions and API tokens end
         * @description Where MFA is required, the user sets up a new authenticator app at their next sign-in. Only a Global admin resets an admin.
         *
         *     **Access:** Only a Global admin or a User admin (action `user.write`). An API token needs the `directory.write` scope.
         */
        delete: operations["resetUserMfa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List security groups
         * @description **Access:** Only a member of the tenant (action `group.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a security group
         * @description **Access:** Only a Global admin or a User admin (action `group.write`). An API token needs the `directory.write` scope.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a security group, with the groups it is a member of
         * @description **Access:** Only a member of the tenant (action `group.read`). An API token needs the `directory.read` scope.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a group (its members stay in the directory)
         * @description **Access:** Only a Global admin or a User admin (action `group.write`). An API token needs the `directory.write` scope.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Rename or describe a group
         * @description **Access:** Only a Global admin or a User admin (action `group.write`). An API token needs the `directory.write` scope.
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/groups/{groupId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List direct members (users and nested groups)
         * @description **Access:** Only a member of the tenant (action `group.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listGroupMembers"];
        put?: never;
        /**
         * Add a user or a nested group
         * @description Nesting that would make a group contain itself is refused with 409.
         *
         *     **Access:** Only a Global admin or a User admin (action `group.write`). An API token needs the `directory.write` scope.
         */
        post: operations["addGroupMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/groups/{groupId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description **Access:** Only a Global admin or a User admin (action `group.write`). An API token needs the `directory.write` scope.
         */
        delete: operations["removeGroupMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description **Access:** Only the platform operator (action `operator.tenants.read`). An API token needs the `operator` scope.
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant with its first Global admin
         * @description **Access:** Only the platform operator (action `operator.tenants.write`). An API token needs the `operator` scope.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description **Access:** Only the platform operator (action `operator.tenants.read`). An API token needs the `operator` scope.
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        /**
         * Delete a tenant and all of its data
         * @description **Access:** Only the platform operator (action `operator.tenants.write`). An API token needs the `operator` scope.
         */
        delete: operations["deleteTenant"];
        options?: never;
        head?: never;
        /**
         * Update a tenant (name, country, publisher status, partner ID)
         * @description **Access:** Only the platform operator (action `operator.tenants.write`). An API token needs the `operator` scope.
         */
        patch: operations["updateTenant"];
        trace?: never;
    };
    "/api/v1/operator/program/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partner program applications (pending first by default)
         * @description **Access:** Only the platform operator (action `operator.program.read`). An API token needs the `operator` scope.
         */
        get: operations["listProgramApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/program/applications/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A publisher's application
         * @description **Access:** Only the platform operator (action `operator.program.read`). An API token needs the `operator` scope.
         */
        get: operations["getProgramApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/program/applications/{tenantId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending application
         * @description The publisher may then enable app license management. 409 unless pending, or while its partner ID or marketplace enrollment is missing.
         *
         *     **Access:** Only the platform operator (action `operator.program.decide`). An API token needs the `operator` scope.
         */
        post: operations["approveProgramApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/program/applications/{tenantId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a pending application with a reason the publisher sees
         * @description **Access:** Only the platform operator (action `operator.program.decide`). An API token needs the `operator` scope.
         */
        post: operations["declineProgramApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The publisher's partner program standing
         * @description Each prerequisite of app license management (partner ID, marketplace enrollment, program approval) as met or missing, with a message saying what to do.
         *
         *     **Access:** Only a member of a publisher tenant (action `partnerProgram.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getProgramStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/program/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to the partner program (or apply again after a decline)
         * @description Sets the publisher ID (unique; it can no longer change once the publisher has offers), the partner ID when none is on file, and marketplace enrollment; the application then waits for the operator. Resubmitting a pending application corrects it; an approved publisher gets 409.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `partnerProgram.apply`). An API token needs the `partner.write` scope.
         */
        post: operations["applyToProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offer-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The marketplace categories an offer can pick (one to three)
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["listOfferCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the publisher's offers
         * @description **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listOffers"];
        put?: never;
        /**
         * Create a draft offer
         * @description The answer carries the offer's GUID `id`. The offer key is permanent: lowercase letters, digits, "-" and "_", and publisher ID + offer key under 40 characters. Setting licenseManagement needs every partner program prerequisite (409 names the missing ones); allowInstallWithoutLicenses needs licenseManagement.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        post: operations["createOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an offer
         * @description **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getOffer"];
        put?: never;
        post?: never;
        /**
         * Delete a draft offer with its plans and packages
         * @description Published and stop-sold offers cannot be deleted (409): customers rely on them. Stop selling instead.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        delete: operations["deleteOffer"];
        options?: never;
        head?: never;
        /**
         * Edit an offer's setup or listing details
         * @description The offer key never changes. licenseManagement is fixed once the offer is published (409). Turning licenseManagement off clears allowInstallWithoutLicenses. Listing edits of a published offer are live at once and may not empty a field the listing needs. A webhook lead destination keeps its secret when the secret is left out.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        patch: operations["updateOffer"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The offer's logo, whatever its status (for Partner Center)
         * @description **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getOfferLogo"];
        /**
         * Upload or replace the offer's logo
         * @description A PNG or JPEG image of at most 256.0 KiB, as the raw body (Content-Type image/png or image/jpeg) or the "file" field of multipart/form-data. The type is read from the image's bytes; SVG is refused because it can carry scripts (415).
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        put: operations["setOfferLogo"];
        post?: never;
        /**
         * Remove a draft offer's logo
         * @description **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        delete: operations["removeOfferLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offer-logos/{publisherId}/{offerKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The logo of a published or stop-sold offer (public)
         * @description Draft offers have no public logo (404).
         *
         *     **Access:** Public: no credentials needed.
         */
        get: operations["getPublishedOfferLogo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/screenshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a screenshot to the listing
         * @description A PNG or JPEG of at most 1.0 MiB, between 320 × 200 and 3840 × 2160 pixels, as the raw body (Content-Type image/png or image/jpeg) or the "file" field of multipart/form-data, with its alt text in the query. The type and size are read from the image's header (415 for anything else, 422 for a damaged header or a size out of bounds); at most 5 per offer (409). On a published offer the screenshot is live at once.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        post: operations["addOfferScreenshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/screenshots/{screenshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the listing’s screenshots, whatever the offer’s status (for Partner Center)
         * @description **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getOfferScreenshot"];
        put?: never;
        post?: never;
        /**
         * Remove a screenshot from the listing
         * @description **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        delete: operations["removeOfferScreenshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/listing-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The marketplace listing page as it would look, from the offer as it is now (a draft too)
         * @description Only for the publisher's own members (offer.read): the listing is built from the offer's current details, plans, logo and screenshots, whatever its status, with preview: true and both buttons shown but inactive. Images come from the publisher's own (signed-in) URLs, so nothing of a draft is public.
         *
         *     **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["previewListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an offer's plans
         * @description **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listPlans"];
        put?: never;
        /**
         * Add a plan
         * @description The plan key is permanent (≤ 50 characters: lowercase letters, digits, "-", "_"); the answer carries the plan's GUID `id` and the Service ID `<publisherId>.<offerKey>.<planKey>`. Plans can be added to published offers; publish again to map them to app modules.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        post: operations["addPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a plan
         * @description **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        /**
         * Remove a plan
         * @description Refused with 409 while customers hold licenses for the plan (the response names how many: customerCount), or while the published package maps app modules to it (publish a package without it first).
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        delete: operations["removePlan"];
        options?: never;
        head?: never;
        /**
         * Rename a plan, change its description or its free trial (its key and Service ID never change)
         * @description **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        patch: operations["updatePlan"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an offer's package versions, newest first
         * @description **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listPackages"];
        put?: never;
        /**
         * Upload a new solution package version
         * @description The zip (at most 20.0 MiB) as the raw body (Content-Type application/zip) or the "file" field of multipart/form-data. It is validated against the offer: every plan in its license metadata must be one of the offer's plans (with license management), the manifest's publisher must be the offer's, and its version must be greater than every version uploaded before. An invalid package is not stored: 422 lists every problem (`problems`, each with file, line and column or JSON path). A valid one is stored and made current; warnings come back in validation.problems. Customers keep the published version until the offer is published again. The zip is checked on a worker thread within a budget: its content may expand to at most the configured size and number of files (422 problems), its check may take at most the configured time (422), and an organization may have only a few large files in progress at once (429 with Retry-After; 503 when the whole server is busy).
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        post: operations["uploadPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/packages/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a package version with its app modules, plans and validation
         * @description The validation is run again against the offer as it is now (its plans may have changed since the upload), including the freemium rule when the offer allows installs without licenses. It works from what the upload stored (manifest and license metadata), so it gives the problems re-reading the zip would give without inflating it again.
         *
         *     **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/packages/{version}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a package version (the zip as uploaded)
         * @description **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["downloadPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/packages/{version}/make-current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a stored version the current one
         * @description The current version is the one the next publish makes live; use it to go back to an earlier version.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        post: operations["makePackageCurrent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/publish-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What publishing would say now, without publishing
         * @description Publishing checks, all at once: every partner program prerequisite; the listing (name, summary, description, logo, a category, support, privacy and launch URLs); with license management at least one plan, each in the package license metadata; a current package that is valid against the offer as it is now; the freemium rule (installs without licenses need an app module no plan maps); app module unique names not used by another offer. ready is true when there is no problem.
         *
         *     **Access:** Only a member of a publisher tenant (action `offer.read`). An API token needs the `partner.read` scope.
         */
        get: operations["checkPublishReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the offer with its current package
         * @description Publishing checks, all at once: every partner program prerequisite; the listing (name, summary, description, logo, a category, support, privacy and launch URLs); with license management at least one plan, each in the package license metadata; a current package that is valid against the offer as it is now; the freemium rule (installs without licenses need an app module no plan maps); app module unique names not used by another offer. Any problem: 422 with every problem in `problems`, and nothing changes. On success the offer is published, its current package becomes the published one, and the app modules (with the plans that unlock each) are rewritten from it. Publish again after uploading a new version or adding plans; publishing a stop-sold offer also resumes it.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        post: operations["publishOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/stop-sell": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop selling a published offer
         * @description It leaves the marketplace and takes no new customers; customers who have it keep their licenses and apps. 409 unless published.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        post: operations["stopSellingOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/offers/{offerId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a stop-sold offer back on sale with its published version
         * @description 409 unless stop-sold. To go live with a newer package at the same time, publish instead.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `offer.write`). An API token needs the `partner.write` scope.
         */
        post: operations["resumeSellingOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * May this user run this app module?
         * @description Send a runtime key (an API token with the runtime.check scope, created by the publisher) as `Authorization: Bearer …`. The answer comes from memory and reflects an admin change on this server as soon as the change returns, and on other servers within a second.
         *
         *     **Access:** Only a publisher's runtime key (action `runtime.check`). An API token needs the `runtime.check` scope.
         */
        post: operations["checkLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/check/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Many checks at once (up to 1000); results in the same order
         * @description **Access:** Only a publisher's runtime key (action `runtime.check`). An API token needs the `runtime.check` scope.
         */
        post: operations["checkLicenses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check and, when licensed, issue a short-lived signed license token
         * @description **Access:** Only a publisher's runtime key (action `runtime.check`). An API token needs the `runtime.check` scope.
         */
        post: operations["issueLicenseToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live license state for the SDK local mode (Server-Sent Events)
         * @description Send a runtime key as `Authorization: Bearer …` and `Accept: text/event-stream`. The stream opens with a `snapshot` (the publisher's app modules, then `tenant`, `users` and `product` events for every tenant that installed its apps) ended by `ready` with `id: <revision>`; then every change as state messages (`users`, `product`, `holders`, `installs`, `tenant`, `tenant.removed`, `modules`), the last event of each revision carrying `id: <revision>`, and `revision` events when a revision changed nothing of this publisher. Reconnect with `Last-Event-ID` to resume; when that revision is too old the stream starts with a new snapshot. `: ping` comments keep proxies open.
         *
         *     **Access:** Only a publisher's runtime key (action `runtime.check`). An API token needs the `runtime.check` scope.
         */
        get: operations["streamRuntimeState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/launch/{appModule}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What happens when the signed-in user opens this app: the decision, the plans that would grant it, and the tenant's license admins
         * @description **Access:** Only a member of the tenant (action `launch.use`). An API token needs the `licenses.read` scope.
         */
        get: operations["getLaunchDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/my-apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The apps installed in the signed-in user's organization: which they may open, why not for the others, and their license requests
         * @description **Access:** Only a member of the tenant (action `launch.use`). An API token needs the `licenses.read` scope.
         */
        get: operations["listMyApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/license-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's license requests (admins)
         * @description **Access:** Only a Global, License or User admin (action `licenseRequest.manage`). An API token needs the `licenses.write` scope.
         */
        get: operations["listLicenseRequests"];
        put?: never;
        /**
         * Ask your admins for a license to an app module
         * @description **Access:** Only a member of the tenant (action `licenseRequest.create`). An API token needs the `licenses.write` scope.
         */
        post: operations["createLicenseRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/license-requests/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My license requests and their outcome
         * @description **Access:** Only a member of the tenant (action `licenseRequest.create`). An API token needs the `licenses.write` scope.
         */
        get: operations["listMyLicenseRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/license-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a license request: assigns the requester a seat of the product and tells them (409 when no seat is free)
         * @description **Access:** Only a Global, License or User admin (action `licenseRequest.manage`). An API token needs the `licenses.write` scope.
         */
        post: operations["approveLicenseRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/license-requests/{requestId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a license request, with an optional reason the requester sees (in-app and by email)
         * @description **Access:** Only a Global, License or User admin (action `licenseRequest.manage`). An API token needs the `licenses.write` scope.
         */
        post: operations["declineLicenseRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invitations and relationships
         * @description **Access:** Only an admin of a publisher tenant (action `partnerRelationship.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listPartnerRelationships"];
        put?: never;
        /**
         * Create an invitation link
         * @description The link is valid for 14 days. A Global or Billing admin of the customer tenant accepts it in the Admin Center; only then can deals provision licenses into that tenant.
         *
         *     **Access:** Only a Global or Billing admin of a publisher tenant (action `partnerRelationship.write`). An API token needs the `partner.write` scope.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/relationships/{relationshipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invitation or relationship
         * @description **Access:** Only an admin of a publisher tenant (action `partnerRelationship.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getPartnerRelationship"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/relationships/{relationshipId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending invitation
         * @description **Access:** Only a Global or Billing admin of a publisher tenant (action `partnerRelationship.write`). An API token needs the `partner.write` scope.
         */
        post: operations["cancelInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deals
         * @description **Access:** Only an admin of a publisher tenant (action `deal.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listDeals"];
        put?: never;
        /**
         * Register a deal (and provision its licenses)
         * @description Needs an accepted relationship with the customer tenant, a published license-managed offer of yours, start ≥ signed date, end > start (or perpetual: true), and a total contract value above the eligibility threshold (5,000 USD unless configured otherwise; other currencies are converted with a static table). Send an Idempotency-Key header to retry safely: the same key with the same body returns the deal registered the first time (200), with a different body 409.
         *
         *     **Access:** Only a Global or Billing admin of a publisher tenant (action `deal.write`). An API token needs the `partner.write` scope.
         */
        post: operations["registerDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/deals/{dealId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deal
         * @description **Access:** Only an admin of a publisher tenant (action `deal.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getDeal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a deal's details
         * @description The offer and the customer tenant cannot change. A later end date needs the customer's consent, like a renewal.
         *
         *     **Access:** Only a Global or Billing admin of a publisher tenant (action `deal.write`). An API token needs the `partner.write` scope.
         */
        patch: operations["updateDeal"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/deals/{dealId}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew a deal until a later end date
         * @description Licenses in their grace period or suspended come back at once, held by the same users.
         *
         *     **Access:** Only a Global or Billing admin of a publisher tenant (action `deal.write`). An API token needs the `partner.write` scope.
         */
        post: operations["renewDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/deals/{dealId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a deal
         * @description Its licenses stop counting at once; a product no other deal provisions is removed with its assignments.
         *
         *     **Access:** Only a Global or Billing admin of a publisher tenant (action `deal.write`). An API token needs the `partner.write` scope.
         */
        post: operations["cancelDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/deals/{dealId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The deal's audit events, newest first
         * @description **Access:** Only an admin of a publisher tenant (action `deal.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listDealAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/deals/{dealId}/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provision licenses of a plan
         * @description **Access:** Only a Global or Billing admin of a publisher tenant (action `deal.write`). An API token needs the `partner.write` scope.
         */
        post: operations["addDealLicenses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/deals/{dealId}/licenses/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a plan's licenses from the deal
         * @description **Access:** Only a Global or Billing admin of a publisher tenant (action `deal.write`). An API token needs the `partner.write` scope.
         */
        delete: operations["removeDealLicenses"];
        options?: never;
        head?: never;
        /**
         * Change the number of licenses
         * @description Going below what the customer has assigned is allowed: the users beyond the new count are marked "not enough licenses", and product.overAssigned says how many.
         *
         *     **Access:** Only a Global or Billing admin of a publisher tenant (action `deal.write`). An API token needs the `partner.write` scope.
         */
        patch: operations["changeDealLicenses"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's relationships and the invitations sent to it
         * @description **Access:** Only an admin of the tenant (action `relationship.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listRelationships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/relationships/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up the invitation behind a link
         * @description **Access:** Only an admin of the tenant (action `relationship.read`). An API token needs the `directory.read` scope.
         */
        get: operations["getInvitationByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/relationships/{relationshipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a relationship
         * @description **Access:** Only an admin of the tenant (action `relationship.read`). An API token needs the `directory.read` scope.
         */
        get: operations["getRelationship"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/relationships/{relationshipId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation: consent to the publisher provisioning licenses
         * @description **Access:** Only a Global or Billing admin (action `relationship.respond`). An API token needs the `directory.write` scope.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/relationships/{relationshipId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an invitation
         * @description **Access:** Only a Global or Billing admin (action `relationship.respond`). An API token needs the `directory.write` scope.
         */
        post: operations["declineInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/relationships/{relationshipId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a relationship
         * @description The publisher can no longer register deals or provision more licenses; licenses already provisioned stay until their deals end.
         *
         *     **Access:** Only a Global or Billing admin (action `relationship.respond`). An API token needs the `directory.write` scope.
         */
        post: operations["endRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products (licenses held, one per plan) with their counts
         * @description **Access:** Only a Global, License, User or Billing admin (action `license.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product: counts, assignments, and where its app is installed
         * @description **Access:** Only a Global, License, User or Billing admin (action `license.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who holds the product, and how (directly or through which group, nested groups included)
         * @description In fair order: active seats first, then the users waiting longest for one.
         *
         *     **Access:** Only a Global, License, User or Billing admin (action `license.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["listProductHolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign to users and groups
         * @description All or nothing. A user counts once however many ways they hold the product. Direct assignments need free seats (409 "not enough licenses" otherwise); a group assignment is always accepted and members beyond the count are marked "not enough licenses". With partial=true (bulk assignment from the users list) whoever fits is assigned and the others are listed in notAssigned.
         *
         *     **Access:** Only a Global, License or User admin (action `license.assign`). An API token needs the `licenses.write` scope.
         */
        post: operations["assignLicenses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/assign/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign to the users listed in a CSV file
         * @description Send the CSV as the body with Content-Type: text/csv (UTF-8), with a "User principal name" column (a "Display name" column is ignored). A file with any problem assigns nobody.
         *
         *     **Access:** Only a Global, License or User admin (action `license.assign`). An API token needs the `licenses.write` scope.
         */
        post: operations["assignLicensesFromCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unassign from users and groups
         * @description All or nothing. Freed seats go to whoever has waited longest for one.
         *
         *     **Access:** Only a Global, License or User admin (action `license.assign`). An API token needs the `licenses.write` scope.
         */
        post: operations["unassignLicenses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/{userId}/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's licenses: what they hold, its state, and through what
         * @description **Access:** Only a Global, License, User or Billing admin (action `license.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["listUserLicenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/groups/{groupId}/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The products assigned to a group or to a group it is inside, and how many of its members hold a seat
         * @description **Access:** Only a Global, License, User or Billing admin (action `license.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["listGroupLicenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/subscribedSkus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscribed SKUs (the products the tenant holds licenses of)
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphListSubscribedSkus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/subscribedSkus/{subscribedSkuId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscribed SKU
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphGetSubscribedSku"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/users/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user with assignedLicenses and licenseAssignmentStates
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphGetUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users, with $filter (assignedLicenses/any(x:x/skuId eq …), userPrincipalName eq, accountEnabled eq), $select, $top, $count and @odata.nextLink paging
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/users/{user}/licenseDetails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's license details (products they hold a seat of, with their service plans)
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphListUserLicenseDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/users/{user}/assignLicense": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add and remove licenses for a user, all or nothing
         * @description **Access:** Only a Global, License or User admin (action `graph.licenses.assign`). An API token needs the `licenses.write` scope.
         */
        post: operations["graphAssignUserLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a group with assignedLicenses
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphGetGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/groups/{groupId}/assignLicense": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add and remove licenses for a group (every member gets them), all or nothing
         * @description **Access:** Only a Global, License or User admin (action `graph.licenses.assign`). An API token needs the `licenses.write` scope.
         */
        post: operations["graphAssignGroupLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/v1.0/groups/{groupId}/membersWithLicenseErrors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members the group could not give a license to (not enough licenses)
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphListGroupLicenseErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/beta/admin/cloudLicensing/allotments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List allotments (the products the tenant holds), with $expand=waitingMembers
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphListAllotments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/beta/admin/cloudLicensing/allotments/{allotmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an allotment, with $expand=waitingMembers
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphGetAllotment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/beta/admin/cloudLicensing/allotments/{allotmentId}/waitingMembers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an allotment's waiting members, first in line first
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphListAllotmentWaitingMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/beta/users/{user}/cloudLicensing/waitingMembers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the waiting rooms a user is in (one waitingMember per allotment), with $expand=allotment
         * @description **Access:** Only a Global, License, User or Billing admin (action `graph.licenses.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["graphListUserWaitingMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's usage: purchased and assigned at the end of each month, and holders who have not opened its apps in 30 days
         * @description Months come from the license ledger (the current month: now). Inactive users hold an active seat since at least 30 days and have not opened any app of the offer through the launch link in the last 30 days (or ever).
         *
         *     **Access:** Only a Global or License admin (action `license.usage`). An API token needs the `licenses.read` scope.
         */
        get: operations["getProductUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's seat policy: auto-claim, waiting room, reclamation
         * @description **Access:** Only a Global, License, User or Billing admin (action `license.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["getSeatPolicy"];
        /**
         * Set a product's seat policy
         * @description All five fields, every time. Turning the waiting room to "automatic" hands free seats to the people waiting at once; "off" empties the room. Global and License admins only; audited as seat_policy.updated.
         *
         *     **Access:** Only a Global or License admin (action `license.policy`). An API token needs the `licenses.write` scope.
         */
        put: operations["setSeatPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/waiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's waiting room, first in line first
         * @description **Access:** Only a Global, License, User or Billing admin (action `license.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["listWaiting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/waiting/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a free seat to the first person in the waiting room
         * @description **Access:** Only a Global, License or User admin (action `license.assign`). An API token needs the `licenses.write` scope.
         */
        post: operations["approveFirstWaiting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/waiting/{userId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a free seat to this person in the waiting room (out of turn)
         * @description **Access:** Only a Global, License or User admin (action `license.assign`). An API token needs the `licenses.write` scope.
         */
        post: operations["approveWaiting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/waiting/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove someone from the waiting room
         * @description **Access:** Only a Global, License or User admin (action `license.assign`). An API token needs the `licenses.write` scope.
         */
        delete: operations["removeWaiting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's usage: holders active in the last 7, 30 and 90 days, and each holder's last use
         * @description A use is a launch through the launch link or a successful license check; uses are written in batches, so the last few seconds may not show yet.
         *
         *     **Access:** Only a Global or License admin (action `license.usage`). An API token needs the `licenses.read` scope.
         */
        get: operations["getProductActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/{userId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's products and when they last used each
         * @description **Access:** Only a Global or License admin (action `license.usage`). An API token needs the `licenses.read` scope.
         */
        get: operations["getUserUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/reclamations/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the reclamation job would do to this product now, without doing it
         * @description Seats it would announce (unused for reclaimAfterDays), announcements it would cancel (used again, excluded) and seats it would reclaim (the notice ended).
         *
         *     **Access:** Only a Global or License admin (action `license.usage`). An API token needs the `licenses.read` scope.
         */
        get: operations["previewReclamation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/reclamations/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the reclamation of this product now (as the job would)
         * @description **Access:** Only a Global or License admin (action `license.policy`). An API token needs the `licenses.write` scope.
         */
        post: operations["runReclamation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/licenses/{planId}/reclamations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's open announcements and the reclamations of the last 90 days (those reclaimed can be undone for 30 days)
         * @description **Access:** Only a Global or License admin (action `license.usage`). An API token needs the `licenses.read` scope.
         */
        get: operations["listReclamations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reclamations/{reclamationId}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a reclaimed seat back (within 30 days, when a seat is free)
         * @description **Access:** Only a Global, License or User admin (action `license.assign`). An API token needs the `licenses.write` scope.
         */
        post: operations["undoReclamation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reclamations/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Seats reclaimed per product and month (and how many of them were undone)
         * @description **Access:** Only a Global or License admin (action `license.usage`). An API token needs the `licenses.read` scope.
         */
        get: operations["getReclamationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/reports/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * License report: provisioned vs assigned over time, per plan, country and customer
         * @description Filters: offer (GUID or offer ID), plan (Service ID or GUID), customer (tenant ID), country (ISO 3166-1 alpha-2). Range: from/to as YYYY-MM, default the last 6 months up to the current one, at most 12 months; granularity day only for up to 3 months. Numbers come from the license ledger: a period counts each customer plan’s licenses after its last ledger change at or before the end of the period (now for the current one). byPlan, byCountry and byCustomer are as of the end of the range.
         *
         *     **Access:** Only an admin of a publisher tenant (action `report.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getLicenseReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Licenses provisioned and assigned now, and customers: the report’s current figures without the report
         * @description The same numbers as the license report’s current values (provisioned, assigned, customers) for a range ending in the current month, read in one query: for a glance (Partner Center home) that does not need the series, plans, countries or customers.
         *
         *     **Access:** Only an admin of a publisher tenant (action `report.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getLicenseSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/partner/reports/licenses.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a report widget as CSV
         * @description Filters: offer (GUID or offer ID), plan (Service ID or GUID), customer (tenant ID), country (ISO 3166-1 alpha-2). Range: from/to as YYYY-MM, default the last 6 months up to the current one, at most 12 months; granularity day only for up to 3 months. Numbers come from the license ledger: a period counts each customer plan’s licenses after its last ledger change at or before the end of the period (now for the current one). widget=detailed (default) has one row per customer and plan as of the end of the range, with the columns Customer Country, Customer Country Code, Customer Name, Activation Date, Product Display Name, Product ID, Licenses Provisioned, Licenses Assigned, SKU Name, Tenant ID, License State, Service ID. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
         *
         *     **Access:** Only an admin of a publisher tenant (action `report.read`). An API token needs the `partner.read` scope.
         */
        get: operations["exportReportWidget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/environments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's environments (a default one always exists)
         * @description **Access:** Only an admin of the tenant (action `environment.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["listEnvironments"];
        put?: never;
        /**
         * Create an environment
         * @description **Access:** Only a Global or License admin (action `environment.write`). An API token needs the `licenses.write` scope.
         */
        post: operations["createEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/environments/{environmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an environment without installed apps (not the default one)
         * @description **Access:** Only a Global or License admin (action `environment.write`). An API token needs the `licenses.write` scope.
         */
        delete: operations["deleteEnvironment"];
        options?: never;
        head?: never;
        /**
         * Rename an environment
         * @description **Access:** Only a Global or License admin (action `environment.write`). An API token needs the `licenses.write` scope.
         */
        patch: operations["renameEnvironment"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/environments/{environmentId}/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the apps installed in an environment
         * @description **Access:** Only an admin of the tenant (action `environment.read`). An API token needs the `licenses.read` scope.
         */
        get: operations["listInstalledApps"];
        put?: never;
        /**
         * Install an offer's app (its current published package)
         * @description Allowed when the offer does not need licenses, allows installing without them, or your organization holds at least one license of it; refused with the reason otherwise.
         *
         *     **Access:** Only a Global or License admin (action `environment.write`). An API token needs the `licenses.write` scope.
         */
        post: operations["installApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/environments/{environmentId}/apps/{installationId}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update an installed app to the current package version
         * @description **Access:** Only a Global or License admin (action `environment.write`). An API token needs the `licenses.write` scope.
         */
        post: operations["updateInstalledApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/environments/{environmentId}/apps/{installationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Uninstall an app
         * @description **Access:** Only a Global or License admin (action `environment.write`). An API token needs the `licenses.write` scope.
         */
        delete: operations["uninstallApp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/jobs/license-lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the license lifecycle job now
         * @description Moves every product whose deals passed a boundary into its grace period, suspension or removal, and sends the expiry notices due 30, 7 and 0 days before a deal ends (it also runs on a timer).
         *
         *     **Access:** Only the platform operator (action `operator.jobs.run`). An API token needs the `operator` scope.
         */
        post: operations["runLicenseLifecycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the marketplace: published offers, with category and publisher facets
         * @description Only published offers are listed (never drafts or stop-sold ones). Every search word must appear in the name, summary, description, publisher or a category name. sort=relevance ranks by where the words appear (by name without words); facet counts follow the other filter.
         *
         *     **Access:** Public: no credentials needed.
         */
        get: operations["searchMarketplace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/offers/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A listing: description, plans, links, and the buttons this visitor gets, with the reasons
         * @description Public; a signed-in visitor (session cookie) gets the buttons their organization calls for. Get it now: always without license management or when the publisher allows installing without licenses; otherwise only for a visitor whose organization holds a license of the offer (active or in grace). Contact me: always. Unknown, draft and stop-sold offers answer 404.
         *
         *     **Access:** Public: no credentials needed.
         */
        get: operations["getListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/offers/{slug}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published offer's logo (public, cacheable, with an ETag)
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["getListingLogo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/offers/{slug}/screenshots/{screenshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of a published offer's screenshots (public, cacheable)
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["getListingScreenshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/offers/{slug}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact me: send the publisher a lead
         * @description Public; a signed-in visitor sends the CSRF header like any write. name and company at most 200 characters, message at most 2000, a valid email, an ISO 3166-1 alpha-2 country, an optional phone, and consent: true. Text is stored exactly as typed and always shown as text. One visitor (client address or signed-in user) may send 5 leads in 10 minutes; more answer 429 with Retry-After. The lead is in the publisher's Partner Center inbox as soon as this answers, and goes to their webhook endpoints for lead.created too when they have any.
         *
         *     **Access:** Public: no credentials needed.
         */
        post: operations["submitLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/offers/{slug}/install-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get it now: where the visitor's organization can install the app
         * @description Signed in. canInstall is false with the reason when Get it now is not shown to this visitor, when they may not install apps (the reason names the administrators to ask), or when every environment already has the app.
         *
         *     **Access:** Only a member of the organization (action `marketplace.installTargets`). An API token needs the `directory.read` scope.
         */
        get: operations["listInstallTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/offers/{slug}/install": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get it now: install the app into one of the organization's environments
         * @description The Admin Center's install (same command, rules and audit event), allowed only when Get it now is shown to this visitor and they are a Global or License admin. 403 for other users, 409 when Get it now is not shown, the app is already installed there, or the offer needs a license the organization does not hold.
         *
         *     **Access:** Only a Global or License admin (action `marketplace.install`). An API token needs the `licenses.write` scope.
         */
        post: operations["installFromListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the leads for your offers, newest first
         * @description Signed in as a member of a publisher tenant; only your own leads. delivery: inbox (no webhook), delivered, retrying (not delivered yet), failed, or not_delivered (the endpoint was deleted or no longer takes the lead; deliveryNote says why).
         *
         *     **Access:** Only a member of a publisher tenant (action `lead.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/leads.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the leads (same filters) as CSV
         * @description UTF-8 with a header row; cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
         *
         *     **Access:** Only a member of a publisher tenant (action `lead.read`). An API token needs the `partner.read` scope.
         */
        get: operations["exportLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lead with its message, notes and webhook delivery log
         * @description **Access:** Only a member of a publisher tenant (action `lead.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getLead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a lead's status
         * @description **Access:** Only a member of a publisher tenant (action `lead.write`). An API token needs the `partner.write` scope.
         */
        patch: operations["setLeadStatus"];
        trace?: never;
    };
    "/api/v1/partner/leads/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a note to a lead
         * @description **Access:** Only a member of a publisher tenant (action `lead.write`). An API token needs the `partner.write` scope.
         */
        post: operations["addLeadNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change-feed event types, what each means and what its data holds
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["listEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events about your offers and your customers, oldest first, after a revision
         * @description Paged by revision: send the answer's `after` as the next `after`. A page never splits a revision. Only events about your own offers and your customers' licenses of them.
         *
         *     **Access:** Only an admin of a publisher tenant (action `partnerEvent.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listPartnerEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's license events, oldest first, after a revision
         * @description Paged by revision: send the answer's `after` as the next `after`. A page never splits a revision.
         *
         *     **Access:** Only an admin of the tenant (action `event.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listTenantEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your webhook endpoints
         * @description **Access:** Only an admin of a publisher tenant (action `webhook.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add a webhook endpoint; the answer holds its signing secret, shown this once
         * @description Events that happen from now on are sent (replay sends older ones). The URL must be https:// on the public internet (unless the operator allows private networks).
         *
         *     **Access:** Only a publisher tenant's Global admin (action `webhook.write`). An API token needs the `partner.write` scope.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/webhooks/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook endpoint
         * @description **Access:** Only an admin of a publisher tenant (action `webhook.read`). An API token needs the `partner.read` scope.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Remove a webhook endpoint with its queue and delivery log
         * @description **Access:** Only a publisher tenant's Global admin (action `webhook.write`). An API token needs the `partner.write` scope.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint's URL, event types or description, or turn it off and on
         * @description Turning a paused endpoint on again re-sends its parked delivery first, then what waited.
         *
         *     **Access:** Only a publisher tenant's Global admin (action `webhook.write`). An API token needs the `partner.write` scope.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/partner/webhooks/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret, shown this once; the previous one also signs for 24 hours
         * @description **Access:** Only a publisher tenant's Global admin (action `webhook.write`). An API token needs the `partner.write` scope.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/webhooks/{endpointId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook.test event, signed like any other (it queues behind deliveries waiting)
         * @description **Access:** Only a publisher tenant's Global admin (action `webhook.write`). An API token needs the `partner.write` scope.
         */
        post: operations["sendWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/webhooks/{endpointId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the endpoint's events again from a revision on, in order, with their original ids
         * @description **Access:** Only a publisher tenant's Global admin (action `webhook.write`). An API token needs the `partner.write` scope.
         */
        post: operations["replayWebhookEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/webhooks/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoint's delivery log, newest first: each delivery with its attempts (status and time)
         * @description **Access:** Only an admin of a publisher tenant (action `webhook.read`). An API token needs the `partner.read` scope.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/webhooks/{endpointId}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a parked (or delivered) delivery again, with a fresh round of tries; a paused endpoint resumes
         * @description **Access:** Only a publisher tenant's Global admin (action `webhook.write`). An API token needs the `partner.write` scope.
         */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the tenant's audit log, oldest first, as CSV or JSON
         * @description Streamed: any length. CSV cells that a spreadsheet would read as a formula are prefixed with an apostrophe; detail is a JSON object in one cell.
         *
         *     **Access:** Only a Global, Billing, License or User admin (action `audit.read`). An API token needs the `directory.read` scope.
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's audit log as a live stream for SIEMs (Server-Sent Events)
         * @description Sends the entries after `after` (or the Last-Event-ID header; from the start without either), then each new one as it is written, as `event: audit`, `id: <entry id>`, `data: <JSON>`. A comment every 15 seconds keeps proxies from closing it. Reconnect with Last-Event-ID to resume without gaps.
         *
         *     **Access:** Only a Global, Billing, License or User admin (action `audit.read`). An API token needs the `directory.read` scope.
         */
        get: operations["streamAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications, newest first, with the unread count
         * @description **Access:** Any signed-in caller, about themself.
         */
        get: operations["listMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of my notifications read
         * @description **Access:** Any signed-in caller, about themself.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all my notifications read
         * @description **Access:** Any signed-in caller, about themself.
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which notifications also reach me by email
         * @description **Access:** Any signed-in caller, about themself.
         */
        get: operations["getNotificationPreferences"];
        /**
         * Choose which notifications also reach me by email
         * @description Every kind is in the app; `email` turns its email on or off. A kind left out is on.
         *
         *     **Access:** Any signed-in caller, about themself.
         */
        put: operations["setNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/scim/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's SCIM URL (Tenant URL in Entra ID, SCIM connector base URL in Okta) and its SCIM tokens, never their secrets
         * @description **Access:** Only a Global admin or a User admin (action `identity.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listScimTokens"];
        put?: never;
        /**
         * Create a SCIM token for the identity provider; the secret is shown once in this response
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        post: operations["createScimToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/scim/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a SCIM token: the identity provider is refused from its next request on
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        delete: operations["revokeScimToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/scim/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The provisioning log: recent SCIM requests with their outcome, newest first
         * @description **Access:** Only a Global admin or a User admin (action `identity.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listScimOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's identity providers with their status
         * @description **Access:** Only a Global admin or a User admin (action `identity.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listIdentityProviders"];
        put?: never;
        /**
         * Add an OpenID Connect provider; its discovery document is fetched from the issuer's /.well-known/openid-configuration
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        post: operations["createIdentityProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/identity-providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One identity provider
         * @description **Access:** Only a Global admin or a User admin (action `identity.read`). An API token needs the `directory.read` scope.
         */
        get: operations["getIdentityProvider"];
        put?: never;
        post?: never;
        /**
         * Remove an identity provider
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        delete: operations["deleteIdentityProvider"];
        options?: never;
        head?: never;
        /**
         * Change an identity provider (a new issuer is discovered again; send clientSecret only to replace it)
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        patch: operations["updateIdentityProvider"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/identity-providers/{providerId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test sign-in: checks the issuer's discovery and answers the address to open; signing in there validates the whole flow and records the outcome as the provider's status, without opening a session
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        post: operations["testIdentityProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's domains and how to verify each
         * @description **Access:** Only a Global admin or a User admin (action `identity.read`). An API token needs the `directory.read` scope.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add a domain; publish its TXT record, then verify it
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        post: operations["addDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/domains/{domain}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a domain by its DNS TXT record
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a domain the organization added (not the primary domain, nor one an identity provider signs in with)
         * @description **Access:** Only a Global admin (action `identity.manage`). An API token needs the `directory.write` scope.
         */
        delete: operations["removeDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/domains/{domain}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a tenant's domain verified (the operator vouches for it)
         * @description **Access:** Only the platform operator (action `operator.tenants.write`). An API token needs the `operator` scope.
         */
        post: operations["markDomainVerified"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Home-realm discovery: does this e-mail address sign in with its organization, and may it use a password?
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["discoverSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in with the organization's identity provider, chosen by the login hint's domain
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["startSsoSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The identity provider's redirect back: the code is exchanged and the ID token validated, then the session opens
         * @description **Access:** Public: no credentials needed.
         */
        get: operations["completeSsoSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "userPrincipalName": "admin@contoso.com",
         *       "password": "correct horse battery staple"
         *     }
         */
        SignInInput: {
            userPrincipalName: string;
            password: string;
        };
        CreateApiTokenInput: {
            name: string;
            scopes: ("directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator")[];
            /** @default 90 */
            expiresInDays?: number | null;
        };
        /**
         * @example {
         *       "userPrincipalName": "megan@contoso.com",
         *       "displayName": "Megan Bowen",
         *       "password": "a long passphrase 42",
         *       "usageLocation": "US"
         *     }
         */
        CreateUserInput: {
            userPrincipalName: string;
            displayName: string;
            usageLocation?: string;
            /** @default true */
            enabled?: boolean;
            password?: string;
            /** @default [] */
            roles?: ("global_admin" | "billing_admin" | "license_admin" | "user_admin" | "operator")[];
        };
        UpdateUserInput: {
            userPrincipalName?: string;
            displayName?: string;
            usageLocation?: string | null;
            enabled?: boolean;
            password?: string;
        };
        SetUserRolesInput: {
            roles: ("global_admin" | "billing_admin" | "license_admin" | "user_admin" | "operator")[];
        };
        CreateGroupInput: {
            displayName: string;
            description?: string;
        };
        UpdateGroupInput: {
            displayName?: string;
            description?: string;
        };
        /**
         * @example {
         *       "userPrincipalNames": [
         *         "megan@contoso.com"
         *       ],
         *       "groupIds": [
         *         "7d2c2a52-3f39-4c38-8a4e-2f5d3c6a9b10"
         *       ]
         *     }
         */
        AssignLicensesInput: {
            userIds?: string[];
            groupIds?: string[];
            /** @default [] */
            userPrincipalNames?: string[];
            /**
             * @description Assign whoever fits instead of refusing the whole request: users beyond the free seats (in the order given) and disabled users are left out and listed in notAssigned
             * @default false
             */
            partial?: boolean;
        };
        UnassignLicensesInput: {
            userIds?: string[];
            groupIds?: string[];
        };
        /**
         * @example {
         *       "tenantId": "0f8fad5b-d9cb-469f-a165-70867728950e",
         *       "user": "megan@contoso.com",
         *       "appModule": "contoso_fieldops_dispatch"
         *     }
         */
        LicenseCheckInput: {
            /** Format: uuid */
            tenantId: string;
            /** @description User ID or user principal name */
            user: string;
            /** @description The app module unique name */
            appModule: string;
            /** @description true: when the user holds no seat and the product's policy allows auto-claim, ask for a free seat (or a place in the waiting room). The answer still comes from memory and says NOT_ASSIGNED; the claim runs right after it, and a later check sees the seat. */
            claim?: boolean;
        };
        LicenseCheckBatchInput: {
            checks: components["schemas"]["LicenseCheckInput"][];
            /** @description The LicenseHub-Revision header of a write answer: the check waits (up to a bound) until this server has every change up to it, so a user assigned a moment ago on any server is never refused; 503 with Retry-After if it does not get there in time */
            atLeastRevision?: string;
        };
        CreateTenantInput: {
            displayName: string;
            primaryDomain: string;
            country: string;
            /** @default false */
            isPublisher?: boolean;
            partnerId?: string | null;
            admin: {
                userPrincipalName: string;
                displayName: string;
                password: string;
            };
        };
        UpdateTenantInput: {
            displayName?: string;
            country?: string;
            isPublisher?: boolean;
            partnerId?: string | null;
        };
        /**
         * @example {
         *       "offerKey": "fieldops",
         *       "name": "Field Ops",
         *       "licenseManagement": true
         *     }
         */
        CreateOfferInput: {
            /** @description Shown in the marketplace and the Admin Center */
            name: string;
            summary?: string;
            description?: string;
            /** @description A short price line the listing and its card show, e.g. "From $8 per user/month"; empty for none */
            pricingText?: string;
            /** @description Category IDs from GET /api/v1/offer-categories */
            categories?: ("analytics" | "collaboration" | "commerce" | "compliance" | "customer-service" | "field-service" | "finance" | "human-resources" | "it-admin" | "marketing" | "operations" | "productivity" | "project-management" | "sales")[];
            supportUrl?: string | null;
            privacyUrl?: string | null;
            launchUrl?: string | null;
            /** @description Enable app license management through the platform (needs every partner program prerequisite; fixed once published) */
            licenseManagement?: boolean;
            /** @description Allow customers to install the app even if licenses are not assigned (only with license management) */
            allowInstallWithoutLicenses?: boolean;
            /** @description The readable offer key, permanent: lowercase letters, digits, "-" and "_"; publisher ID + offer key under 40 characters; not GUID-shaped */
            offerKey: string;
        };
        UpdateOfferInput: {
            /** @description Shown in the marketplace and the Admin Center */
            name?: string;
            summary?: string;
            description?: string;
            /** @description A short price line the listing and its card show, e.g. "From $8 per user/month"; empty for none */
            pricingText?: string;
            /** @description Category IDs from GET /api/v1/offer-categories */
            categories?: ("analytics" | "collaboration" | "commerce" | "compliance" | "customer-service" | "field-service" | "finance" | "human-resources" | "it-admin" | "marketing" | "operations" | "productivity" | "project-management" | "sales")[];
            supportUrl?: string | null;
            privacyUrl?: string | null;
            launchUrl?: string | null;
            /** @description Enable app license management through the platform (needs every partner program prerequisite; fixed once published) */
            licenseManagement?: boolean;
            /** @description Allow customers to install the app even if licenses are not assigned (only with license management) */
            allowInstallWithoutLicenses?: boolean;
            offerKey?: unknown;
        };
        CreatePlanInput: {
            /** @description The readable plan key, permanent: lowercase letters, digits, "-" and "_", at most 50 characters; not GUID-shaped */
            planKey: string;
            /** @description Shown in the marketplace and the Admin Center */
            name: string;
            description?: string;
            /** @description Days of free trial you offer for the plan (you grant trials through deals); the listing then shows a Free trial badge. null for none */
            trialDays?: number | null;
        };
        UpdatePlanInput: {
            /** @description Shown in the marketplace and the Admin Center */
            name?: string;
            description?: string;
            /** @description Days of free trial you offer for the plan (you grant trials through deals); the listing then shows a Free trial badge. null for none */
            trialDays?: number | null;
            planKey?: unknown;
            serviceId?: unknown;
        };
        CreateInvitationInput: {
            /**
             * Format: uuid
             * @description Limit the invitation to this tenant; leave out for a link any customer admin may accept
             */
            customerTenantId?: string;
            message?: string;
        };
        /**
         * @example {
         *       "offerKey": "fieldops",
         *       "customerTenantId": "0f8fad5b-d9cb-469f-a165-70867728950e",
         *       "customer": {
         *         "companyName": "Contoso Ltd",
         *         "country": "US",
         *         "city": "Seattle",
         *         "state": "WA"
         *       },
         *       "totalContractValue": {
         *         "amount": 24000,
         *         "currency": "USD"
         *       },
         *       "solutionValue": {
         *         "amount": 12000,
         *         "currency": "USD"
         *       },
         *       "deployment": "cloud",
         *       "signedDate": "2026-11-20",
         *       "startDate": "2026-12-01",
         *       "endDate": "2027-11-30",
         *       "partnerContact": {
         *         "firstName": "Alex",
         *         "lastName": "Wilber",
         *         "phone": "+1 425 555 0100",
         *         "email": "alex@fabrikam.com"
         *       },
         *       "contractType": "new",
         *       "licenses": [
         *         {
         *           "planKey": "gold",
         *           "quantity": 25
         *         }
         *       ]
         *     }
         */
        RegisterDealInput: {
            /**
             * Format: uuid
             * @description The offer's GUID (or send offerKey)
             */
            offerId?: string;
            /** @description The offer's readable key (instead of its GUID) */
            offerKey?: string;
            /** Format: uuid */
            customerTenantId: string;
            customer: {
                companyName: string;
                country: string;
                city: string;
                /** @default  */
                state?: string;
            };
            totalContractValue: {
                amount: number;
                currency: string;
            };
            solutionValue: {
                amount: number;
                currency: string;
            };
            /** @enum {string} */
            deployment: "cloud" | "on_premises" | "hybrid";
            /** Format: date */
            signedDate: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate?: string;
            /** @description true for a deal without end date */
            perpetual?: boolean;
            partnerContact: {
                firstName: string;
                lastName: string;
                phone: string;
                /** Format: email */
                email: string;
            };
            /**
             * @default new
             * @enum {string}
             */
            contractType?: "new" | "renewal";
            licenses?: {
                /**
                 * Format: uuid
                 * @description The plan's GUID (or send planKey)
                 */
                planId?: string;
                /** @description The plan's readable key (instead of its GUID) */
                planKey?: string;
                quantity: number;
            }[];
            /**
             * @description Register it even though a deal with the same customer, offer, dates and values was registered in the last 24 hours (without an Idempotency-Key that would be a double provisioning)
             * @default false
             */
            confirmDuplicate?: boolean;
        };
        UpdateDealInput: {
            customer?: {
                companyName: string;
                country: string;
                city: string;
                /** @default  */
                state?: string;
            };
            totalContractValue?: {
                amount: number;
                currency: string;
            };
            solutionValue?: {
                amount: number;
                currency: string;
            };
            /** @enum {string} */
            deployment?: "cloud" | "on_premises" | "hybrid";
            /** Format: date */
            signedDate?: string;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            /** @description true for a deal without end date */
            perpetual?: boolean;
            partnerContact?: {
                firstName: string;
                lastName: string;
                phone: string;
                /** Format: email */
                email: string;
            };
            /** @enum {string} */
            contractType?: "new" | "renewal";
        };
        RenewDealInput: {
            /** Format: date */
            endDate: string;
        };
        /** @description Microsoft Graph's error object (application/json), as the official Graph clients parse it */
        GraphError: {
            error: {
                code: string;
                message: string;
                details?: {
                    code: string;
                    message: string;
                    target: string;
                }[];
                innerError: {
                    date: string;
                    "request-id": string;
                    "client-request-id"?: string;
                };
            };
        };
        /**
         * @description RFC 9457 problem details (application/problem+json): what went wrong, in words a person can act on, and each rejected field in `errors`
         * @example {
         *       "type": "about:blank",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "totalContractValue.amount: must be 0 or more",
         *       "instance": "/api/v1/tenants/0f8fad5b-d9cb-469f-a165-70867728950e/partner/deals",
         *       "errors": [
         *         {
         *           "field": "totalContractValue.amount",
         *           "message": "must be 0 or more"
         *         }
         *       ]
         *     }
         */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        CsvProblem: {
            /** @description 1-based line of the file */
            line: number;
            /** @description 1-based cell of the row, when the problem is about one */
            column?: number;
            message: string;
        };
        /** @description A problem whose `problems` lists every line of the CSV file that cannot be used; nothing in the file was applied */
        CsvFileRefusal: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description Every problem found, not only the first */
            problems?: components["schemas"]["CsvProblem"][];
        } & {
            [key: string]: unknown;
        };
        PackageProblem: {
            code: string;
            /** @enum {string} */
            severity: "error" | "warning";
            message: string;
            file: string;
            line?: number;
            column?: number;
            path?: string;
        };
        /** @description A problem whose `problems` lists every problem of the package, each with its file and a line and column or a JSON path; nothing was stored. A 422 over the processing budget has `limit` instead. */
        PackageRefusal: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description Every problem found, not only the first */
            problems?: components["schemas"]["PackageProblem"][];
        } & {
            [key: string]: unknown;
        };
        PublishProblem: {
            /** @description e.g. listing.incomplete, plans.required, package.required, program.prerequisite_missing, freemium.every_app_module_mapped, app_module.taken, or a package validation code */
            code: string;
            /** @description What to fix: an offer field, a prerequisite (partnerId, marketplaceEnrollment, programApproval), "plans" or "package" */
            field?: string;
            message: string;
            file?: string;
            line?: number;
            column?: number;
            path?: string;
        };
        /** @description A problem whose `problems` lists everything that keeps the offer from going live; nothing changed */
        PublishRefusal: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description Every problem found, not only the first */
            problems?: components["schemas"]["PublishProblem"][];
        } & {
            [key: string]: unknown;
        };
        Session: {
            /** @enum {string} */
            signIn: "complete" | "mfaRequired" | "mfaEnrollmentRequired";
            mfa: {
                enrolled: boolean;
                required: boolean;
                recoveryCodesLeft: number;
            };
            user: {
                /** Format: uuid */
                id: string;
                userPrincipalName: string;
                displayName: string;
            };
            tenant: {
                /** Format: uuid */
                id: string;
                displayName: string;
                primaryDomain: string;
                country: string;
                isPublisher: boolean;
                /** @enum {string} */
                kind: "operator" | "publisher" | "customer";
            };
            roles: ("global_admin" | "billing_admin" | "license_admin" | "user_admin" | "operator")[];
            csrfToken: string | null;
            /** @enum {string} */
            via: "session" | "token";
            /** @description What the caller may do in their own tenant, per action, decided by the server's policies (all false until sign-in is complete) */
            abilities: {
                "tenant.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "tenant.update": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "audit.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "user.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "user.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "user.roles": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "group.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "group.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "apiToken.manage": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "operator.tenants.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "operator.tenants.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "partnerProgram.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "partnerProgram.apply": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "operator.program.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "operator.program.decide": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "offer.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "offer.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "runtime.check": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "launch.use": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "licenseRequest.create": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "licenseRequest.manage": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "signingKeys.rotate": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "partnerRelationship.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "partnerRelationship.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "relationship.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "relationship.respond": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "deal.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "deal.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "license.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "license.assign": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "license.policy": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "operator.jobs.run": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "graph.licenses.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "graph.licenses.assign": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "environment.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "environment.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "report.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "license.usage": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "lead.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "lead.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "marketplace.installTargets": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "marketplace.install": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "event.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "partnerEvent.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "webhook.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "webhook.write": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "identity.read": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
                "identity.manage": {
                    allowed: boolean;
                    /** @description Who may, e.g. "a Global or Billing admin of a publisher tenant" */
                    requirement: string;
                    /** @enum {string} */
                    scope: "directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator";
                };
            };
            /** @description The server's configured limits that clients show */
            limits: {
                /** @description A deal must be worth more than this (in USD, other currencies converted) to be registered */
                dealThresholdUsd: number;
                /** @description Days an ended deal's licenses keep working (grace period) */
                gracePeriodDays: number;
                /** @description Days licenses stay suspended after the grace period before they are removed */
                suspendedPeriodDays: number;
            };
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            scopes: ("directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator")[];
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        User: {
            /** Format: uuid */
            id: string;
            userPrincipalName: string;
            displayName: string;
            usageLocation: string | null;
            enabled: boolean;
            roles: ("global_admin" | "billing_admin" | "license_admin" | "user_admin" | "operator")[];
            hasPassword: boolean;
            mfaEnrolled: boolean;
            /**
             * @description Where the user comes from: created here (local), provisioned by SCIM, or created at their first single sign-on
             * @enum {string}
             */
            source: "local" | "scim" | "sso";
            createdAt: string;
            updatedAt: string;
        };
        ListedUser: {
            /** Format: uuid */
            id: string;
            userPrincipalName: string;
            displayName: string;
            usageLocation: string | null;
            enabled: boolean;
            roles: ("global_admin" | "billing_admin" | "license_admin" | "user_admin" | "operator")[];
            hasPassword: boolean;
            mfaEnrolled: boolean;
            /**
             * @description Where the user comes from: created here (local), provisioned by SCIM, or created at their first single sign-on
             * @enum {string}
             */
            source: "local" | "scim" | "sso";
            createdAt: string;
            updatedAt: string;
            licenses: components["schemas"]["UserLicenseSummary"][];
        };
        UserLicenseSummary: {
            /**
             * Format: uuid
             * @description The product's plan GUID
             */
            planId: string;
            /** @description The plan's name */
            name: string;
            /**
             * @description active: holds a seat; not_enough_licenses: entitled through a group, waiting for a seat; user_disabled: directly assigned, but the account is disabled
             * @enum {string}
             */
            state: "active" | "not_enough_licenses" | "user_disabled";
            /** @description How the user comes by it: assigned directly, or through a group (the group assigned the product, which may contain the user through nested groups) */
            sources: ({
                /** @constant */
                kind: "direct";
            } | {
                /** @constant */
                kind: "group";
                /** Format: uuid */
                groupId: string;
                groupName: string;
            })[];
        };
        Group: {
            /** Format: uuid */
            id: string;
            displayName: string;
            description: string;
            memberCount: number;
            createdAt: string;
            updatedAt: string;
        };
        GroupDetail: {
            /** Format: uuid */
            id: string;
            displayName: string;
            description: string;
            memberCount: number;
            createdAt: string;
            updatedAt: string;
            /** @description The groups this group is a direct member of; their licenses reach its members too */
            memberOf: {
                /** Format: uuid */
                id: string;
                displayName: string;
            }[];
        };
        GroupMember: {
            /** @enum {string} */
            type: "user" | "group";
            /** Format: uuid */
            id: string;
            displayName: string;
            userPrincipalName: string | null;
            enabled: boolean | null;
            addedAt: string;
        };
        Product: {
            /**
             * Format: uuid
             * @description The product is the plan: its GUID identifies the product in this API
             */
            planId: string;
            /** @description The plan's readable key (e.g. gold) */
            planKey: string;
            name: string;
            serviceId: string;
            offer: {
                /** Format: uuid */
                id: string;
                offerKey: string;
                name: string;
                allowInstallWithoutLicense: boolean;
            };
            publisher: {
                tenantId: string;
                name: string;
            };
            purchased: number;
            assigned: number;
            available: number;
            /** @description Users entitled through a group but beyond the seat count */
            notEnoughLicenses: number;
            /** @enum {string} */
            state: "active" | "warning" | "suspended" | "removed";
            /** @description When the state changes next (grace period, suspension, removal) */
            nextChangeAt: string | null;
            /** @description How many days the state that starts at nextChangeAt lasts: the grace period after an active product ends, the suspension after grace; null when nothing follows */
            nextStateDays: number | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            updatedAt: string;
        };
        ProductHolder: {
            user: {
                /** Format: uuid */
                id: string;
                displayName: string;
                userPrincipalName: string;
            };
            /** @enum {string} */
            state: "active" | "not_enough_licenses";
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            since: string;
            sources: ({
                /** @constant */
                kind: "direct";
            } | {
                /** @constant */
                kind: "group";
                groupId: string;
                groupName: string;
                /** @description Nested groups between the assigned group and the user; empty for a direct member */
                via: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
            })[];
        };
        AssignmentResult: {
            product: components["schemas"]["Product"];
            /** @description Users entitled but beyond the seat count, marked "not enough licenses" */
            overAssigned: number;
            users: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                state: "active" | "not_enough_licenses" | "none";
            }[];
            groups: {
                /** Format: uuid */
                id: string;
                activeMembers: number;
                notEnoughMembers: number;
            }[];
            alreadyAssigned: {
                userIds: string[];
                groupIds: string[];
            };
            /** @description With partial: the users left without the assignment, and why; otherwise empty */
            notAssigned: {
                /** Format: uuid */
                id: string;
                userPrincipalName: string;
                /** @enum {string} */
                reason: "not_enough_licenses" | "user_disabled";
            }[];
        };
        UserLicense: {
            /**
             * Format: uuid
             * @description The plan's GUID
             */
            planId: string;
            name: string;
            serviceId: string;
            offer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            productState: "active" | "warning" | "suspended" | "removed";
            /** @enum {string} */
            state: "active" | "not_enough_licenses" | "user_disabled";
            since: string | null;
            sources: ({
                /** @constant */
                kind: "direct";
            } | {
                /** @constant */
                kind: "group";
                groupId: string;
                groupName: string;
                /** @description Nested groups between the assigned group and the user; empty for a direct member */
                via: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
            })[];
        };
        GroupLicense: {
            /**
             * Format: uuid
             * @description The plan's GUID
             */
            planId: string;
            name: string;
            serviceId: string;
            offerName: string;
            /** @enum {string} */
            productState: "active" | "warning" | "suspended" | "removed";
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            assignedAt: string;
            /** @description null: assigned to this group; otherwise the group (this group is inside it, at any depth) the product is assigned to */
            inheritedFrom: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            /** @description The group's members (at any depth) holding a seat through this assignment */
            activeMembers: number;
            notEnoughMembers: number;
        };
        Environment: {
            /** Format: uuid */
            id: string;
            name: string;
            isDefault: boolean;
            installedApps: number;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            createdAt: string;
        };
        InstalledApp: {
            /** Format: uuid */
            id: string;
            environment: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            offer: {
                /** Format: uuid */
                id: string;
                name: string;
                publisherName: string;
            };
            version: string;
            latestVersion: string | null;
            updateAvailable: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            installedAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "licensed": true,
         *       "code": "LICENSED",
         *       "detail": "Megan Bowen is assigned Field Ops Gold.",
         *       "plans": [
         *         "fieldops-gold-7c1e"
         *       ],
         *       "requiredPlans": []
         *     }
         */
        LicenseCheckResult: {
            licensed: boolean;
            /**
             * @description UNKNOWN_APP_MODULE: No published offer contains an app module with this unique name.
             *     APP_NOT_INSTALLED: The app is not installed in any environment of the user's tenant.
             *     UNKNOWN_USER: The tenant has no such user.
             *     USER_DISABLED: The user is disabled.
             *     NO_LICENSE_REQUIRED: No plan maps this app module, so anyone in the tenant may run it.
             *     LICENSED: The user holds an active seat of a plan that maps this app module.
             *     LICENSED_GRACE_PERIOD: The user's only granting seats belong to deals that have ended and are in their grace period.
             *     SUSPENDED: The user holds seats of plans that map this app module, but all of them are suspended.
             *     NOT_ENOUGH_LICENSES: The user is entitled through a group but is beyond the plan's seat count.
             *     NOT_ASSIGNED: The user holds no license for any plan that maps this app module.
             * @enum {string}
             */
            code: "UNKNOWN_APP_MODULE" | "APP_NOT_INSTALLED" | "UNKNOWN_USER" | "USER_DISABLED" | "NO_LICENSE_REQUIRED" | "LICENSED" | "LICENSED_GRACE_PERIOD" | "SUSPENDED" | "NOT_ENOUGH_LICENSES" | "NOT_ASSIGNED";
            detail: string;
            /** @description Service IDs whose seats grant the user this app module now */
            plans: string[];
            /** @description The plans that would grant it */
            requiredPlans: {
                serviceId: string;
                displayName: string;
                /** Format: uri */
                moreInfoUrl: string;
            }[];
        };
        LicenseTokenResult: {
            licensed: boolean;
            /**
             * @description UNKNOWN_APP_MODULE: No published offer contains an app module with this unique name.
             *     APP_NOT_INSTALLED: The app is not installed in any environment of the user's tenant.
             *     UNKNOWN_USER: The tenant has no such user.
             *     USER_DISABLED: The user is disabled.
             *     NO_LICENSE_REQUIRED: No plan maps this app module, so anyone in the tenant may run it.
             *     LICENSED: The user holds an active seat of a plan that maps this app module.
             *     LICENSED_GRACE_PERIOD: The user's only granting seats belong to deals that have ended and are in their grace period.
             *     SUSPENDED: The user holds seats of plans that map this app module, but all of them are suspended.
             *     NOT_ENOUGH_LICENSES: The user is entitled through a group but is beyond the plan's seat count.
             *     NOT_ASSIGNED: The user holds no license for any plan that maps this app module.
             * @enum {string}
             */
            code: "UNKNOWN_APP_MODULE" | "APP_NOT_INSTALLED" | "UNKNOWN_USER" | "USER_DISABLED" | "NO_LICENSE_REQUIRED" | "LICENSED" | "LICENSED_GRACE_PERIOD" | "SUSPENDED" | "NOT_ENOUGH_LICENSES" | "NOT_ASSIGNED";
            detail: string;
            /** @description Service IDs whose seats grant the user this app module now */
            plans: string[];
            /** @description The plans that would grant it */
            requiredPlans: {
                serviceId: string;
                displayName: string;
                /** Format: uri */
                moreInfoUrl: string;
            }[];
            /** @description A signed license token (JWT, EdDSA) when licensed; verify it with /.well-known/jwks.json */
            token: string | null;
            expiresAt: string | null;
        };
        Tenant: {
            /** Format: uuid */
            id: string;
            displayName: string;
            primaryDomain: string;
            country: string;
            countryName: string;
            /** @enum {string} */
            kind: "operator" | "publisher" | "customer";
            isPublisher: boolean;
            partnerId: string | null;
            /** @enum {string} */
            programStatus: "not_enrolled" | "pending" | "approved" | "declined";
            programDecisionReason: string | null;
            userCount: number;
            groupCount: number;
            requireMfaForAdmins: boolean;
            createdAt: string;
        };
        ProgramApplication: {
            /** @enum {string} */
            status: "not_enrolled" | "pending" | "approved" | "declined";
            publisherId: string | null;
            partnerId: string | null;
            marketplaceEnrolled: boolean;
            appliedAt: string | null;
            decidedAt: string | null;
            decisionReason: string | null;
            prerequisites: {
                /** @enum {string} */
                key: "partnerId" | "marketplaceEnrollment" | "programApproval";
                label: string;
                met: boolean;
                message: string;
            }[];
            /** @description Every prerequisite is met: offers may enable app license management */
            canManageLicenses: boolean;
            tenant: {
                /** Format: uuid */
                id: string;
                displayName: string;
                primaryDomain: string;
                country: string;
            };
        };
        ProgramStanding: {
            /** @enum {string} */
            status: "not_enrolled" | "pending" | "approved" | "declined";
            publisherId: string | null;
            partnerId: string | null;
            marketplaceEnrolled: boolean;
            appliedAt: string | null;
            decidedAt: string | null;
            decisionReason: string | null;
            prerequisites: {
                /** @enum {string} */
                key: "partnerId" | "marketplaceEnrollment" | "programApproval";
                label: string;
                met: boolean;
                message: string;
            }[];
            /** @description Every prerequisite is met: offers may enable app license management */
            canManageLicenses: boolean;
        };
        OfferCard: {
            /**
             * Format: uuid
             * @description The offer's GUID
             */
            id: string;
            /** @description <publisherId>.<offerKey>: the listing routes take it */
            slug: string;
            name: string;
            summary: string;
            categories: string[];
            publisher: {
                /** @description The publisher ID, e.g. fabrikam */
                publisherId: string;
                name: string;
            };
            logoUrl: string | null;
            /** @description The publisher's price line, e.g. From $8 per user/month; empty when none */
            pricingText: string;
            /** @description Free: customers can install and use part of the app without a license (the offer allows installing without licenses). Free trial: a plan offers a trial (its trialDays), the longest named. null: neither */
            badge: {
                /** @enum {string} */
                kind: "free" | "freeTrial";
                /** @description e.g. Free, 30-day free trial */
                label: string;
            } | null;
            licenseManagement: boolean;
            publishedAt: string | null;
        };
        Listing: {
            /**
             * Format: uuid
             * @description The offer's GUID: install and license requests name the offer by it
             */
            id: string;
            /** @description <publisherId>.<offerKey>: the listing routes take it */
            slug: string;
            name: string;
            summary: string;
            description: string;
            categories: string[];
            logoUrl: string | null;
            publisher: {
                /** @description The publisher ID, e.g. fabrikam */
                publisherId: string;
                name: string;
            };
            supportUrl: string | null;
            privacyUrl: string | null;
            /** @description The publisher's price line; empty when none */
            pricingText: string;
            /** @description Free: customers can install and use part of the app without a license (the offer allows installing without licenses). Free trial: a plan offers a trial (its trialDays), the longest named. null: neither */
            badge: {
                /** @enum {string} */
                kind: "free" | "freeTrial";
                /** @description e.g. Free, 30-day free trial */
                label: string;
            } | null;
            /** @description At most 5, in the order the publisher added them */
            screenshots: {
                /** Format: uuid */
                id: string;
                altText: string;
                width: number;
                height: number;
                /** Format: uri-reference */
                url: string;
            }[];
            plans: {
                /**
                 * Format: uuid
                 * @description The plan's GUID
                 */
                id: string;
                planKey: string;
                name: string;
                description: string;
                /** @description Days of free trial the publisher offers, or null */
                trialDays: number | null;
            }[];
            /** @description true for a publisher previewing a listing before it goes live (Partner Center): buttons do nothing */
            preview: boolean;
            licenseManagement: boolean;
            allowInstallWithoutLicense: boolean;
            /** @description The published package version */
            version: string | null;
            buttons: {
                getItNow: {
                    shown: boolean;
                    reason: string;
                    /** @description What pressing it leads to */
                    action: ("install" | "askAdmin" | "signIn") | null;
                };
                contactMe: {
                    shown: boolean;
                    reason: string;
                };
            };
            visitor: {
                signedIn: boolean;
                displayName?: string;
                /** Format: email */
                email?: string;
                tenantId?: string;
                tenantName?: string;
                country?: string;
                /** @description May install apps (Global or License admin) */
                isTenantAdmin: boolean;
                tenantHoldsLicense: boolean;
            };
        };
        Offer: {
            /**
             * Format: uuid
             * @description The offer's GUID: routes and other resources refer to the offer by it
             */
            id: string;
            /** @description The readable key chosen at creation (e.g. fieldops); the partner offer routes accept it in place of the GUID */
            offerKey: string;
            publisherId: string;
            /** @enum {string} */
            status: "draft" | "published" | "stop_sold";
            licenseManagement: boolean;
            allowInstallWithoutLicenses: boolean;
            name: string;
            summary: string;
            description: string;
            /** @description The listing's price line; empty when none */
            pricingText: string;
            categories: ("analytics" | "collaboration" | "commerce" | "compliance" | "customer-service" | "field-service" | "finance" | "human-resources" | "it-admin" | "marketing" | "operations" | "productivity" | "project-management" | "sales")[];
            /** @description At most 5, in the order the listing shows them */
            screenshots: {
                /** Format: uuid */
                id: string;
                /** @description What the image shows, read out by screen readers */
                altText: string;
                /** @enum {string} */
                contentType: "image/png" | "image/jpeg";
                width: number;
                height: number;
                /**
                 * Format: uri-reference
                 * @description The publisher's own URL for the image (any status)
                 */
                url: string;
                /** @description Public URL, once the offer is published */
                publicUrl: string | null;
            }[];
            logo: {
                contentType: string;
                /**
                 * Format: uri-reference
                 * @description The publisher's own URL for the logo (any status)
                 */
                url: string;
                /** @description Public URL, once the offer is published */
                publicUrl: string | null;
            } | null;
            supportUrl: string | null;
            privacyUrl: string | null;
            launchUrl: string | null;
            planCount: number;
            /** @description The version the next publish makes live */
            currentPackageVersion: string | null;
            /** @description The version customers get */
            publishedPackageVersion: string | null;
            /** @description A live offer whose current package is not the published one: publish again to make it live */
            hasUnpublishedPackage: boolean;
            publishedAt: string | null;
            stopSoldAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            updatedAt: string;
        };
        Plan: {
            /**
             * Format: uuid
             * @description The plan's GUID: the Admin Center's license routes and deals refer to the plan by it
             */
            id: string;
            /** @description The readable key chosen at creation (e.g. gold); the partner plan routes accept it in place of the GUID */
            planKey: string;
            /**
             * Format: uuid
             * @description The offer's GUID
             */
            offerId: string;
            /** @description <publisherId>.<offerKey>.<planKey>: use it in the package license metadata */
            serviceId: string;
            name: string;
            description: string;
            /** @description Days of free trial offered, or null */
            trialDays: number | null;
            /** @description Customers holding licenses for the plan; a plan with customers cannot be removed */
            customerCount: number;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            updatedAt: string;
        };
        PackageSummary: {
            version: string;
            uniqueName: string;
            displayName: string;
            publisher: string;
            sizeBytes: number;
            sha256: string;
            appModuleCount: number;
            /** @description The version the next publish makes live */
            isCurrent: boolean;
            /** @description The version customers get */
            isPublished: boolean;
            uploadedBy: {
                userId: string;
                displayName: string;
            } | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            uploadedAt: string;
        };
        Package: {
            version: string;
            uniqueName: string;
            displayName: string;
            publisher: string;
            sizeBytes: number;
            sha256: string;
            appModuleCount: number;
            /** @description The version the next publish makes live */
            isCurrent: boolean;
            /** @description The version customers get */
            isPublished: boolean;
            uploadedBy: {
                userId: string;
                displayName: string;
            } | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            uploadedAt: string;
            appModules: {
                uniqueName: string;
                displayName: string;
                /** @description False for an app module no plan maps */
                needsLicense: boolean;
                /** @description Service IDs of the plans that unlock it */
                plans: string[];
            }[];
            servicePlans: {
                serviceId: string;
                displayName: string;
                /** Format: uri */
                moreInfoUrl: string;
            }[];
            /** @description The package checked against the offer as it is now (its plans, publisher and freemium setting) */
            validation: {
                valid: boolean;
                problems: components["schemas"]["PackageProblem"][];
            };
        };
        Relationship: {
            /** Format: uuid */
            id: string;
            publisher: {
                tenantId: string;
                name: string;
            };
            customer: {
                tenantId: string | null;
                name: string | null;
            };
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "ended" | "expired" | "cancelled";
            message: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            expiresAt: string;
            respondedAt: string | null;
            endedAt: string | null;
            endedBy: ("publisher" | "customer") | null;
        };
        Deal: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "registered" | "cancelled";
            /** @enum {string} */
            state: "active" | "warning" | "suspended" | "expired" | "cancelled";
            /** @enum {string} */
            contractType: "new" | "renewal";
            customerTenant: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            customer: {
                companyName: string;
                country: string;
                city: string;
                state: string;
            };
            offer: {
                /** Format: uuid */
                id: string;
                offerKey: string;
                name: string;
            };
            totalContractValue: {
                amount: number;
                currency: string;
            };
            solutionValue: {
                amount: number;
                currency: string;
            };
            /** @enum {string} */
            deployment: "cloud" | "on_premises" | "hybrid";
            /** Format: date */
            signedDate: string;
            /** Format: date */
            startDate: string;
            endDate: string | null;
            perpetual: boolean;
            /** @description When the licenses enter their grace period, are suspended and are removed; null for perpetual or cancelled deals */
            lifecycle: {
                nextChangeAt: string | null;
                /**
                 * Format: date-time
                 * @description ISO 8601 date-time
                 */
                graceStartsAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 date-time
                 */
                suspensionStartsAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 date-time
                 */
                removalAt: string;
            } | null;
            partnerContact: {
                firstName: string;
                lastName: string;
                phone: string;
                /** Format: email */
                email: string;
            };
            licenses: components["schemas"]["DealLicense"][];
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            updatedAt: string;
            cancelledAt: string | null;
        };
        DealLicense: {
            /**
             * Format: uuid
             * @description The plan's GUID
             */
            planId: string;
            planKey: string;
            planName: string;
            serviceId: string;
            quantity: number;
        };
        AuditEvent: {
            id: number;
            actor: {
                userId: string | null;
                displayName: string;
            };
            action: string;
            summary: string;
            detail: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            occurredAt: string;
        };
        LeadSummary: {
            /** Format: uuid */
            id: string;
            offer: {
                /** Format: uuid */
                id: string;
                offerKey: string;
                name: string;
            };
            name: string;
            /** Format: email */
            email: string;
            company: string;
            country: string;
            /** @enum {string} */
            status: "new" | "contacted" | "won" | "lost";
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            receivedAt: string;
            /**
             * @description inbox: no webhook endpoint takes the offer's lead.created events; retrying: not delivered yet; delivered: an endpoint answered 2xx; failed: a delivery was parked after its last try; not_delivered: no endpoint will send it any more (the one that was to send it was deleted, or no longer takes the offer's leads; deliveryNote says which)
             * @enum {string}
             */
            delivery: "inbox" | "delivered" | "retrying" | "failed" | "not_delivered";
            /** @description Why the lead was not delivered, e.g. "The endpoint https://… was deleted before it sent this lead"; null unless delivery is not_delivered */
            deliveryNote: string | null;
        };
        Lead: {
            /** Format: uuid */
            id: string;
            offer: {
                /** Format: uuid */
                id: string;
                offerKey: string;
                name: string;
            };
            name: string;
            /** Format: email */
            email: string;
            company: string;
            country: string;
            /** @enum {string} */
            status: "new" | "contacted" | "won" | "lost";
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            receivedAt: string;
            /**
             * @description inbox: no webhook endpoint takes the offer's lead.created events; retrying: not delivered yet; delivered: an endpoint answered 2xx; failed: a delivery was parked after its last try; not_delivered: no endpoint will send it any more (the one that was to send it was deleted, or no longer takes the offer's leads; deliveryNote says which)
             * @enum {string}
             */
            delivery: "inbox" | "delivered" | "retrying" | "failed" | "not_delivered";
            /** @description Why the lead was not delivered, e.g. "The endpoint https://… was deleted before it sent this lead"; null unless delivery is not_delivered */
            deliveryNote: string | null;
            phone: string | null;
            message: string;
            consent: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            updatedAt: string;
            /** @description When a webhook delivery of the lead is tried next, while retrying */
            nextAttemptAt: string | null;
            notes: {
                /** Format: uuid */
                id: string;
                text: string;
                author: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 date-time
                 */
                createdAt: string;
            }[];
            /** @description Every attempt to send the lead's lead.created event to the publisher's webhook endpoints, oldest first (re-send from Webhooks) */
            deliveries: {
                attempt: number;
                /**
                 * Format: date-time
                 * @description ISO 8601 date-time
                 */
                at: string;
                /** Format: uri */
                url: string;
                statusCode: number | null;
                error: string | null;
            }[];
        };
        LicenseReport: {
            range: {
                from: string;
                to: string;
                /** @enum {string} */
                granularity: "month" | "day";
            };
            filters: {
                offer: string | null;
                plan: string | null;
                customer: string | null;
                country: string | null;
            };
            /** @description Customer tenants with more than 0 licenses provisioned */
            customers: {
                /** @description At the end of the range (for the current month: now) */
                current: number;
                /** @description At the end of the month before the range’s last month */
                previous: number;
                /** @description (current − previous) / previous; null when previous is 0 */
                trend: number | null;
            };
            provisioned: {
                /** @description At the end of the range (for the current month: now) */
                current: number;
                /** @description At the end of the month before the range’s last month */
                previous: number;
                /** @description (current − previous) / previous; null when previous is 0 */
                trend: number | null;
            };
            assigned: {
                /** @description At the end of the range (for the current month: now) */
                current: number;
                /** @description At the end of the month before the range’s last month */
                previous: number;
                /** @description (current − previous) / previous; null when previous is 0 */
                trend: number | null;
            };
            series: {
                /** @description YYYY-MM or YYYY-MM-DD */
                period: string;
                provisioned: number;
                assigned: number;
                customers: number;
            }[];
            byPlan: {
                /**
                 * Format: uuid
                 * @description The offer's GUID
                 */
                offerId: string;
                /** @description The offer's readable key */
                offerKey: string;
                offerName: string;
                /**
                 * Format: uuid
                 * @description The plan's GUID
                 */
                planId: string;
                /** @description The plan's readable key */
                planKey: string;
                planName: string;
                serviceId: string;
                provisioned: number;
                assigned: number;
                /** @description Assigned as a percentage of provisioned, one decimal */
                percentAssigned: number;
            }[];
            byCountry: {
                countryCode: string;
                countryName: string;
                customers: number;
                provisioned: number;
                assigned: number;
            }[];
            byCustomer: {
                tenantId: string;
                name: string;
                countryCode: string;
                countryName: string;
                provisioned: number;
                assigned: number;
                /** @description First provisioning of any plan to this customer (ISO 8601), up to the end of the range */
                firstActivation: string | null;
            }[];
            /** @description People in customer tenants who launched an app of the plan or passed a license check for it in the last 7, 30 and 90 days (seat usage; the offer, plan, customer and country filters apply). Only your own plans' customers. */
            activeUsers: {
                /** @description The moment the counts are for (now; the range does not apply) */
                asOf: string;
                /** @description Distinct people over all the plans shown */
                total: {
                    last7Days: number;
                    last30Days: number;
                    last90Days: number;
                };
                byPlan: {
                    /**
                     * Format: uuid
                     * @description The offer's GUID
                     */
                    offerId: string;
                    /** @description The offer's key */
                    offerKey: string;
                    offerName: string;
                    /**
                     * Format: uuid
                     * @description The plan's GUID
                     */
                    planId: string;
                    /** @description The plan's key */
                    planKey: string;
                    planName: string;
                    serviceId: string;
                    last7Days: number;
                    last30Days: number;
                    last90Days: number;
                }[];
            };
            filterOptions: {
                offers: {
                    /** Format: uuid */
                    offerId: string;
                    offerKey: string;
                    name: string;
                }[];
                plans: {
                    /** Format: uuid */
                    offerId: string;
                    /** Format: uuid */
                    planId: string;
                    planKey: string;
                    serviceId: string;
                    name: string;
                }[];
                customers: {
                    tenantId: string;
                    name: string;
                    countryCode: string;
                }[];
                countries: {
                    code: string;
                    name: string;
                }[];
            };
        };
        MyApp: {
            appModule: {
                uniqueName: string;
                displayName: string;
            };
            offer: {
                /** Format: uuid */
                id: string;
                name: string;
                publisherName: string;
                /** @description false while the publisher has not said where the app opens */
                hasLaunchUrl: boolean;
            };
            decision: {
                /** @description May the user open it now (licensed, or no license required) */
                licensed: boolean;
                /** @description The license check code, e.g. LICENSED, NO_LICENSE_REQUIRED, NOT_ASSIGNED, NOT_ENOUGH_LICENSES, SUSPENDED */
                code: string;
                detail: string;
                /** @description The plans that grant it; empty when it needs no license */
                requiredPlans: {
                    serviceId: string;
                    displayName: string;
                    moreInfoUrl: string;
                }[];
            };
            /** @description The link that opens it: /launch/{tenantId}/{appModule} */
            launchPath: string;
            /** @description The user's latest license request for this app module and its outcome */
            request: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "pending" | "approved" | "declined";
                createdAt: string;
                decidedAt: string | null;
                /** @description What decided it (null while pending): an admin answering it, the waiting room giving a seat, an admin assigning the product another way, or the user claiming a free seat by opening the app */
                decidedBy: ("admin" | "waiting_room" | "assignment" | "auto_claim") | null;
                decisionNote: string;
            } | null;
        };
        LicenseRequest: {
            /** Format: uuid */
            id: string;
            user: {
                /** Format: uuid */
                id: string;
                displayName: string;
                userPrincipalName: string;
            };
            /** @description The app module's unique name, for scripts; people see appName and the plan's name */
            appModule: string;
            /** @description The app module's display name */
            appName: string;
            offer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            plan: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @description Seats of this product nobody holds right now */
                freeSeats: number;
            } | null;
            /** @description The products the organization holds (active or in grace) that grant the app, by name: what an admin may pick when approving */
            products: {
                /** Format: uuid */
                id: string;
                name: string;
                freeSeats: number;
                /** @enum {string} */
                waitingRoom: "off" | "automatic" | "manual";
            }[];
            /** @description Pending requests: why approving cannot go through now (no product, no free seat), in a sentence; null when it can */
            cannotApproveReason: string | null;
            message: string;
            /** @enum {string} */
            status: "pending" | "approved" | "declined";
            /**
             * Format: date-time
             * @description ISO 8601 date-time
             */
            createdAt: string;
            decidedAt: string | null;
            /** @description Who or what decided the request; null while pending. A request closes by itself, approved, once its requester holds a seat that grants the app */
            decidedBy: {
                /**
                 * @description admin: an admin approved or declined the request. waiting_room: the product's waiting room gave the requester a seat (by itself, or an admin approved them in the room). assignment: an admin gave them the product another way (directly, or through a group). auto_claim: they took a free seat by opening the app
                 * @enum {string}
                 */
                kind: "admin" | "waiting_room" | "assignment" | "auto_claim";
                /** @description The admin who decided, when one did (null for the automatic waiting room, a claim, or an admin since deleted) */
                user: {
                    /** Format: uuid */
                    id: string;
                    displayName: string;
                } | null;
            } | null;
            /** @description The reason or note the admin gave with the decision */
            decisionNote: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLicenseTokenKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public keys that verify license tokens (JWKS) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request could not be served as sent: the detail says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ISO 3166-1 alpha-2 countries with English names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request could not be served as sent: the detail says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInInput"];
            };
        };
        responses: {
            /** @description Sign in with user principal name and password */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description End the current session */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request could not be served as sent: the detail says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is signed in (and whether a second factor or MFA enrolment is still due), with the CSRF token for writes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the caller's API tokens (never their secrets) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                        grantableScopes: ("directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator")[];
                    };
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenInput"];
            };
        };
        responses: {
            /** @description Create an API token; the secret is shown once in this response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        scopes: ("directory.read" | "directory.write" | "partner.read" | "partner.write" | "licenses.read" | "licenses.write" | "runtime.check" | "operator")[];
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        token: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoke an API token */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifySecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    recoveryCode?: string;
                };
            };
        };
        responses: {
            /** @description Finish signing in with the code from the authenticator app, or with a recovery code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startMfaEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Start setting up an authenticator app: a new secret, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Base32, for typing into an authenticator app by hand */
                        secret: string;
                        /** @description otpauth://totp/… for a QR code */
                        otpauthUri: string;
                    };
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmMfaEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Confirm the authenticator app with its current code; answers ten one-time recovery codes, shown once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                        session: components["schemas"]["Session"];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Replace the recovery codes (all earlier ones stop working); needs a current code from the authenticator app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Remove your authenticator app (not allowed where MFA is required); needs a current code */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Change your own password; your other sessions end */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTenantSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get the caller's tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTenantSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    country?: string;
                    requireMfaForAdmins?: boolean;
                };
            };
        };
        responses: {
            /** @description Update the tenant's name, country or security settings (Global admin) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actions that appear in the tenant's audit log, for filters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Action or action prefix, e.g. "user." or "group.member_added" */
                action?: string;
                targetType?: string;
                since?: string;
                until?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's audit log, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            actor: {
                                userId: string | null;
                                displayName: string;
                            };
                            action: string;
                            targetType: string;
                            targetId: string | null;
                            summary: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            occurredAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                search?: string;
                role?: "global_admin" | "billing_admin" | "license_admin" | "user_admin";
                enabled?: "true" | "false";
                /** @description true: users holding at least one product (directly or through a group); false: users holding none (with planId: users not holding that product) */
                licensed?: "true" | "false";
                /** @description Users holding this product, directly or through a group */
                planId?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List users, with the products each holds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ListedUser"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserInput"];
            };
        };
        responses: {
            /** @description Create a user */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportUsers: {
        parameters: {
            query?: {
                search?: string;
                role?: "global_admin" | "billing_admin" | "license_admin" | "user_admin";
                enabled?: "true" | "false";
                /** @description true: users holding at least one product (directly or through a group); false: users holding none (with planId: users not holding that product) */
                licensed?: "true" | "false";
                /** @description Users holding this product, directly or through a group */
                planId?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users as CSV (UTF-8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importUsers: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        /** @description The CSV file (UTF-8) */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Import users from CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        created: {
                            line: number;
                            id: string | null;
                            userPrincipalName: string;
                        }[];
                        rejected: {
                            line: number;
                            userPrincipalName: string | null;
                            errors: string[];
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CsvFileRefusal"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a user, with the groups they belong to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        userPrincipalName: string;
                        displayName: string;
                        usageLocation: string | null;
                        enabled: boolean;
                        roles: ("global_admin" | "billing_admin" | "license_admin" | "user_admin" | "operator")[];
                        hasPassword: boolean;
                        mfaEnrolled: boolean;
                        /**
                         * @description Where the user comes from: created here (local), provisioned by SCIM, or created at their first single sign-on
                         * @enum {string}
                         */
                        source: "local" | "scim" | "sso";
                        createdAt: string;
                        updatedAt: string;
                        groups: {
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a user */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserInput"];
            };
        };
        responses: {
            /** @description Update a user (name, location, enabled, password reset) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUserRolesInput"];
            };
        };
        responses: {
            /** @description Set a user's admin roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetUserMfa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset a user's multi-factor authentication (lost device): their authenticator app and recovery codes are removed and their sessions and API tokens end */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: {
                search?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List security groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Group"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupInput"];
            };
        };
        responses: {
            /** @description Create a security group */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a security group, with the groups it is a member of */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDetail"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a group (its members stay in the directory) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGroupInput"];
            };
        };
        responses: {
            /** @description Rename or describe a group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List direct members (users and nested groups) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["GroupMember"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    memberType: "user" | "group";
                    /** Format: uuid */
                    memberId: string;
                };
            };
        };
        responses: {
            /** @description Add a user or a nested group */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                groupId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a member */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: {
                search?: string;
                publishersOnly?: "true" | "false";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List tenants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Tenant"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantInput"];
            };
        };
        responses: {
            /** @description Create a tenant with its first Global admin */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a tenant and all of its data */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenantInput"];
            };
        };
        responses: {
            /** @description Update a tenant (name, country, publisher status, partner ID) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgramApplications: {
        parameters: {
            query?: {
                /** @description Which applications; "all" is every publisher that has applied */
                status?: "pending" | "approved" | "declined" | "all";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List partner program applications (pending first by default) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProgramApplication"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A publisher's application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramApplication"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveProgramApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approve a pending application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramApplication"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineProgramApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Decline a pending application with a reason the publisher sees */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramApplication"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramStanding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The publisher's partner program standing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramStanding"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyToProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The short ID in every Service ID (<publisherId>.<offerId>.<planId>): lowercase letters, digits, "-" and "_", at most 38 characters; unique on the platform */
                    publisherId: string;
                    /** @description Required when no partner ID is on file */
                    partnerId?: string;
                    /** @enum {boolean} */
                    acceptMarketplaceAgreement: true;
                };
            };
        };
        responses: {
            /** @description Apply to the partner program (or apply again after a decline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramStanding"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOfferCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The marketplace categories an offer can pick (one to three) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            id: "analytics" | "collaboration" | "commerce" | "compliance" | "customer-service" | "field-service" | "finance" | "human-resources" | "it-admin" | "marketing" | "operations" | "productivity" | "project-management" | "sales";
                            name: string;
                        }[];
                    };
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request could not be served as sent: the detail says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOffers: {
        parameters: {
            query?: {
                status?: "draft" | "published" | "stop_sold";
                search?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the publisher's offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Offer"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOfferInput"];
            };
        };
        responses: {
            /** @description Create a draft offer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get an offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a draft offer with its plans and packages */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOfferInput"];
            };
        };
        responses: {
            /** @description Edit an offer's setup or listing details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOfferLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setOfferLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        /** @description The logo (at most 256.0 KiB) */
        requestBody: {
            content: {
                "image/png": string;
                "image/jpeg": string;
                "application/octet-stream": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Upload or replace the offer's logo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeOfferLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a draft offer's logo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublishedOfferLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The publisher's ID */
                publisherId: string;
                /** @description The offer's readable key (offerKey) */
                offerKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addOfferScreenshot: {
        parameters: {
            query: {
                /** @description What the image shows, read out by screen readers */
                altText: string;
            };
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        /** @description The screenshot (at most 1.0 MiB) */
        requestBody: {
            content: {
                "image/png": string;
                "image/jpeg": string;
                "application/octet-stream": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Add a screenshot to the listing */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOfferScreenshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
                screenshotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The screenshot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeOfferScreenshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
                screenshotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a screenshot from the listing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The marketplace listing page as it would look, from the offer as it is now (a draft too) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List an offer's plans */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Plan"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanInput"];
            };
        };
        responses: {
            /** @description Add a plan */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
                /** @description The plan's GUID (its `id`), or its readable plan key (`planKey`, e.g. gold); a GUID-shaped value is always read as the GUID */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
                /** @description The plan's GUID (its `id`), or its readable plan key (`planKey`, e.g. gold); a GUID-shaped value is always read as the GUID */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a plan */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
                /** @description The plan's GUID (its `id`), or its readable plan key (`planKey`, e.g. gold); a GUID-shaped value is always read as the GUID */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanInput"];
            };
        };
        responses: {
            /** @description Rename a plan, change its description or its free trial (its key and Service ID never change) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPackages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List an offer's package versions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PackageSummary"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadPackage: {
        parameters: {
            query?: {
                /** @description The file name archive-level problems are reported against (default package.zip) */
                fileName?: string;
            };
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        /** @description The package (at most 20.0 MiB) */
        requestBody: {
            content: {
                "application/zip": string;
                "application/x-zip-compressed": string;
                "application/octet-stream": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Upload a new solution package version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PackageRefusal"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a package version with its app modules, plans and validation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package zip as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    makePackageCurrent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Make a stored version the current one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkPublishReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What publishing would say now, without publishing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ready: boolean;
                        problems: components["schemas"]["PublishProblem"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Publish the offer with its current package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PublishRefusal"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stopSellingOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stop selling a published offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeSellingOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                /** @description The offer's GUID (its `id`), or its readable offer key (`offerKey`, e.g. fieldops); a GUID-shaped value is always read as the GUID */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Put a stop-sold offer back on sale with its published version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkLicense: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    tenantId: string;
                    /** @description User ID or user principal name */
                    user: string;
                    /** @description The app module unique name */
                    appModule: string;
                    /** @description true: when the user holds no seat and the product's policy allows auto-claim, ask for a free seat (or a place in the waiting room). The answer still comes from memory and says NOT_ASSIGNED; the claim runs right after it, and a later check sees the seat. */
                    claim?: boolean;
                    /** @description The LicenseHub-Revision header of a write answer: the check waits (up to a bound) until this server has every change up to it, so a user assigned a moment ago on any server is never refused; 503 with Retry-After if it does not get there in time */
                    atLeastRevision?: string;
                };
            };
        };
        responses: {
            /** @description May this user run this app module? */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseCheckResult"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenseCheckBatchInput"];
            };
        };
        responses: {
            /** @description Many checks at once (up to 1000); results in the same order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: components["schemas"]["LicenseCheckResult"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueLicenseToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    tenantId: string;
                    /** @description User ID or user principal name */
                    user: string;
                    /** @description The app module unique name */
                    appModule: string;
                    /** @description true: when the user holds no seat and the product's policy allows auto-claim, ask for a free seat (or a place in the waiting room). The answer still comes from memory and says NOT_ASSIGNED; the claim runs right after it, and a later check sees the seat. */
                    claim?: boolean;
                    /** @description The LicenseHub-Revision header of a write answer: the check waits (up to a bound) until this server has every change up to it, so a user assigned a moment ago on any server is never refused; 503 with Retry-After if it does not get there in time */
                    atLeastRevision?: string;
                };
            };
        };
        responses: {
            /** @description Check and, when licensed, issue a short-lived signed license token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseTokenResult"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamRuntimeState: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last event received, to resume */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLaunchDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                appModule: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What happens when the signed-in user opens this app: the decision, the plans that would grant it, and the tenant's license admins */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decision: components["schemas"]["LicenseCheckResult"];
                        appModule: {
                            uniqueName: string;
                            displayName: string;
                        };
                        offer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            publisherName: string;
                            hasLaunchUrl: boolean;
                        };
                        admins: {
                            displayName: string;
                            userPrincipalName: string;
                        }[];
                        request: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "declined";
                            createdAt: string;
                            decisionNote: string;
                        } | null;
                        /** @description What opening the app did about a seat; null when the user was licensed already */
                        seat: {
                            /**
                             * @description claimed: this launch took a free seat (auto-claim); holding: the user has a seat that is still being activated on this server; waiting: the user is in the waiting room (joined now or earlier); not_allowed: no auto-claim and not waiting
                             * @enum {string}
                             */
                            outcome: "claimed" | "holding" | "waiting" | "not_allowed";
                            planName: string | null;
                            /** @description Place in the waiting room (1: next) */
                            position: number | null;
                            /** @description People in the waiting room */
                            waiting: number | null;
                        } | null;
                        /** @description The user's seats announced for reclamation (unused for a while): using the app keeps them */
                        reclaimNotices: {
                            planName: string;
                            dueAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyApps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The apps installed in the signed-in user's organization: which they may open, why not for the others, and their license requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MyApp"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLicenseRequests: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "declined";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's license requests (admins) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LicenseRequest"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLicenseRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appModule: string;
                    /** @default  */
                    message?: string;
                };
            };
        };
        responses: {
            /** @description Ask your admins for a license to an app module */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyLicenseRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My license requests and their outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LicenseRequest"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveLicenseRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Which plan to assign; by default the first granting plan with a free seat
                     */
                    planId?: string;
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Approve a license request: assigns the requester a seat of the product and tells them (409 when no seat is free) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        planId: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineLicenseRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Why, optional: the requester reads it in My apps and in the email
                     * @default
                     */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Decline a license request, with an optional reason the requester sees (in-app and by email) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartnerRelationships: {
        parameters: {
            query?: {
                status?: "pending" | "accepted" | "declined" | "ended" | "expired" | "cancelled";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List invitations and relationships */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Relationship"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationInput"];
            };
        };
        responses: {
            /** @description Create an invitation link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        publisher: {
                            tenantId: string;
                            name: string;
                        };
                        customer: {
                            tenantId: string | null;
                            name: string | null;
                        };
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined" | "ended" | "expired" | "cancelled";
                        message: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        expiresAt: string;
                        respondedAt: string | null;
                        endedAt: string | null;
                        endedBy: ("publisher" | "customer") | null;
                        /**
                         * Format: uri
                         * @description Send this link to the customer; it is shown only now
                         */
                        invitationUrl: string;
                        code: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                relationshipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get an invitation or relationship */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                relationshipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancel a pending invitation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeals: {
        parameters: {
            query?: {
                status?: "registered" | "cancelled";
                /** @description The licenses' lifecycle today */
                state?: "active" | "warning" | "suspended" | "expired" | "cancelled";
                customerTenantId?: string;
                offerId?: string;
                search?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List deals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Deal"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerDeal: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDealInput"];
            };
        };
        responses: {
            /** @description Register a deal (and provision its licenses) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Register a deal (and provision its licenses) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDealInput"];
            };
        };
        responses: {
            /** @description Edit a deal's details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewDealInput"];
            };
        };
        responses: {
            /** @description Renew a deal until a later end date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancel a deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealAuditEvents: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deal's audit events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDealLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The plan's GUID (or send planKey)
                     */
                    planId?: string;
                    /** @description The plan's readable key (instead of its GUID) */
                    planKey?: string;
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Provision licenses of a plan */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The plan's GUID
                         */
                        planId: string;
                        planKey: string;
                        planName: string;
                        serviceId: string;
                        /** @description null once removed */
                        quantity: number | null;
                        /** @description The customer's product (all deals for this plan together) after the change */
                        product: {
                            purchased: number;
                            assigned: number;
                            available: number;
                            /** @enum {string} */
                            state: "active" | "warning" | "suspended" | "removed";
                            /** @description Users beyond the count, now marked "not enough licenses" */
                            overAssigned: number;
                        };
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeDealLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                dealId: string;
                /** @description The plan's GUID (its `id`), or its readable plan key (`planKey`, e.g. gold); a GUID-shaped value is always read as the GUID */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a plan's licenses from the deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The plan's GUID
                         */
                        planId: string;
                        planKey: string;
                        planName: string;
                        serviceId: string;
                        /** @description null once removed */
                        quantity: number | null;
                        /** @description The customer's product (all deals for this plan together) after the change */
                        product: {
                            purchased: number;
                            assigned: number;
                            available: number;
                            /** @enum {string} */
                            state: "active" | "warning" | "suspended" | "removed";
                            /** @description Users beyond the count, now marked "not enough licenses" */
                            overAssigned: number;
                        };
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeDealLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                dealId: string;
                /** @description The plan's GUID (its `id`), or its readable plan key (`planKey`, e.g. gold); a GUID-shaped value is always read as the GUID */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Change the number of licenses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The plan's GUID
                         */
                        planId: string;
                        planKey: string;
                        planName: string;
                        serviceId: string;
                        /** @description null once removed */
                        quantity: number | null;
                        /** @description The customer's product (all deals for this plan together) after the change */
                        product: {
                            purchased: number;
                            assigned: number;
                            available: number;
                            /** @enum {string} */
                            state: "active" | "warning" | "suspended" | "removed";
                            /** @description Users beyond the count, now marked "not enough licenses" */
                            overAssigned: number;
                        };
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRelationships: {
        parameters: {
            query?: {
                status?: "pending" | "accepted" | "declined" | "ended" | "expired" | "cancelled";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the tenant's relationships and the invitations sent to it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Relationship"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvitationByCode: {
        parameters: {
            query: {
                code: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Look up the invitation behind a link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                relationshipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a relationship */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                relationshipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code from the invitation link; needed unless the invitation names your tenant */
                    code?: string;
                } | null;
            };
        };
        responses: {
            /** @description Accept an invitation: consent to the publisher provisioning licenses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                relationshipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code from the invitation link; needed unless the invitation names your tenant */
                    code?: string;
                } | null;
            };
        };
        responses: {
            /** @description Decline an invitation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                relationshipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description End a relationship */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                includeRemoved?: "true" | "false";
                search?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List products (licenses held, one per plan) with their counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Product"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a product: counts, assignments, and where its app is installed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The product is the plan: its GUID identifies the product in this API
                         */
                        planId: string;
                        /** @description The plan's readable key (e.g. gold) */
                        planKey: string;
                        name: string;
                        serviceId: string;
                        offer: {
                            /** Format: uuid */
                            id: string;
                            offerKey: string;
                            name: string;
                            allowInstallWithoutLicense: boolean;
                        };
                        publisher: {
                            tenantId: string;
                            name: string;
                        };
                        purchased: number;
                        assigned: number;
                        available: number;
                        /** @description Users entitled through a group but beyond the seat count */
                        notEnoughLicenses: number;
                        /** @enum {string} */
                        state: "active" | "warning" | "suspended" | "removed";
                        /** @description When the state changes next (grace period, suspension, removal) */
                        nextChangeAt: string | null;
                        /** @description How many days the state that starts at nextChangeAt lasts: the grace period after an active product ends, the suspension after grace; null when nothing follows */
                        nextStateDays: number | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        updatedAt: string;
                        assignments: {
                            /** @enum {string} */
                            kind: "user" | "group";
                            /** Format: uuid */
                            id: string;
                            displayName: string;
                            userPrincipalName: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            assignedAt: string;
                            activeMembers: number | null;
                            notEnoughMembers: number | null;
                        }[];
                        installations: components["schemas"]["InstalledApp"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProductHolders: {
        parameters: {
            query?: {
                state?: "active" | "not_enough_licenses";
                search?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who holds the product, and how (directly or through which group, nested groups included) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProductHolder"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignLicensesInput"];
            };
        };
        responses: {
            /** @description Assign to users and groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResult"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignLicensesFromCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        /** @description The CSV file (UTF-8) */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Assign to the users listed in a CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResult"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CsvFileRefusal"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has a content type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unassignLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnassignLicensesInput"];
            };
        };
        responses: {
            /** @description Unassign from users and groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResult"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUserLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user's licenses: what they hold, its state, and through what */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UserLicense"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroupLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The products assigned to a group or to a group it is inside, and how many of its members hold a seat */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["GroupLicense"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    graphListSubscribedSkus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List subscribed SKUs (the products the tenant holds licenses of) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "@odata.context": string;
                        "@odata.count"?: number;
                        "@odata.nextLink"?: string;
                        value: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphGetSubscribedSku: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscribedSkuId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a subscribed SKU */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description user id or user principal name */
                user: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a user with assignedLicenses and licenseAssignmentStates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphListUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List users, with $filter (assignedLicenses/any(x:x/skuId eq …), userPrincipalName eq, accountEnabled eq), $select, $top, $count and @odata.nextLink paging */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "@odata.context": string;
                        "@odata.count"?: number;
                        "@odata.nextLink"?: string;
                        value: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphListUserLicenseDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description user id or user principal name */
                user: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List a user's license details (products they hold a seat of, with their service plans) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "@odata.context": string;
                        "@odata.count"?: number;
                        "@odata.nextLink"?: string;
                        value: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphAssignUserLicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description user id or user principal name */
                user: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addLicenses: {
                        skuId: string;
                        disabledPlans?: string[];
                    }[];
                    removeLicenses: string[];
                };
            };
        };
        responses: {
            /** @description Add and remove licenses for a user, all or nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphGetGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a group with assignedLicenses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphAssignGroupLicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addLicenses: {
                        skuId: string;
                        disabledPlans?: string[];
                    }[];
                    removeLicenses: string[];
                };
            };
        };
        responses: {
            /** @description Add and remove licenses for a group (every member gets them), all or nothing */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphListGroupLicenseErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the members the group could not give a license to (not enough licenses) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "@odata.context": string;
                        "@odata.count"?: number;
                        "@odata.nextLink"?: string;
                        value: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphListAllotments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List allotments (the products the tenant holds), with $expand=waitingMembers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "@odata.context": string;
                        "@odata.count"?: number;
                        value: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphGetAllotment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allotmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get an allotment, with $expand=waitingMembers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphListAllotmentWaitingMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allotmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List an allotment's waiting members, first in line first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "@odata.context": string;
                        "@odata.count"?: number;
                        value: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    graphListUserWaitingMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description user id or user principal name */
                user: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the waiting rooms a user is in (one waitingMember per allotment), with $expand=allotment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "@odata.context": string;
                        "@odata.count"?: number;
                        value: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphError"];
                };
            };
        };
    };
    getProductUsage: {
        parameters: {
            query?: {
                /** @description How many months, up to the current one: 6 (default) or 12 */
                months?: "6" | "12";
            };
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A product's usage: purchased and assigned at the end of each month, and holders who have not opened its apps in 30 days */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        series: {
                            /** @description YYYY-MM */
                            period: string;
                            purchased: number;
                            assigned: number;
                        }[];
                        inactiveDays: number;
                        inactiveUsers: {
                            userId: string;
                            displayName: string;
                            userPrincipalName: string;
                            /** @description When the user started holding an active seat (ISO 8601) */
                            assignedSince: string;
                            /** @description The last launch of any app of the offer, or null if never */
                            lastLaunchedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSeatPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A product's seat policy: auto-claim, waiting room, reclamation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        autoClaim: string;
                        /** @enum {string} */
                        waitingRoom: "off" | "automatic" | "manual";
                        reclaimAfterDays: number | null;
                        reclaimNoticeDays: number;
                        exclusionGroupId: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSeatPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who takes a free seat by opening the app: "off", "anyone" in the organization, or the members of a group (its ID; nested groups count) */
                    autoClaim: string;
                    /**
                     * @description When no seat is free: no waiting room, or people queue and a freed seat goes to the first in line automatically or when an admin approves
                     * @enum {string}
                     */
                    waitingRoom: "off" | "automatic" | "manual";
                    /** @description A seat unused this many days is announced to its holder and then reclaimed; null: never */
                    reclaimAfterDays: number | null;
                    /** @description Days between the announcement and the reclamation */
                    reclaimNoticeDays: number;
                    /** @description Members of this group keep their seats however little they use them */
                    exclusionGroupId: string | null;
                };
            };
        };
        responses: {
            /** @description Set a product's seat policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        autoClaim: string;
                        /** @enum {string} */
                        waitingRoom: "off" | "automatic" | "manual";
                        reclaimAfterDays: number | null;
                        reclaimNoticeDays: number;
                        exclusionGroupId: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWaiting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A product's waiting room, first in line first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 1: next to get a seat */
                            position: number;
                            userId: string;
                            displayName: string;
                            userPrincipalName: string;
                            /** @enum {string} */
                            reason: "launch" | "claim" | "request" | "reclaimed";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            joinedAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveFirstWaiting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Give a free seat to the first person in the waiting room */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        assigned: number;
                        available: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveWaiting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Give a free seat to this person in the waiting room (out of turn) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        assigned: number;
                        available: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeWaiting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove someone from the waiting room */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProductActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A product's usage: holders active in the last 7, 30 and 90 days, and each holder's last use */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                        /** @description Holders of an active seat who launched the app or passed a license check in the period */
                        active: {
                            last7Days: number;
                            last30Days: number;
                            last90Days: number;
                        };
                        /** @description Uses older than this are forgotten (LICENSEHUB_USAGE_RETENTION_DAYS) */
                        retentionDays: number;
                        holders: {
                            userId: string;
                            displayName: string;
                            userPrincipalName: string;
                            /** @enum {string} */
                            state: "active" | "not_enough_licenses";
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            since: string;
                            /** @description Last launch or successful check; null: never (within the retention period) */
                            lastUsedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUserUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user's products and when they last used each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            planId: string;
                            planName: string;
                            offerName: string;
                            lastUsedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewReclamation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the reclamation job would do to this product now, without doing it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        announced: {
                            userId: string;
                            userPrincipalName: string;
                            displayName: string;
                            /**
                             * @description announce: unused long enough, the holder is told; cancel: used again or excluded, kept; reclaim: the notice ended
                             * @enum {string}
                             */
                            step: "announce" | "cancel" | "reclaim";
                            lastUsedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            idleSince: string;
                            /**
                             * Format: date-time
                             * @description When the seat is (or would be) reclaimed
                             */
                            dueAt: string;
                        }[];
                        cancelled: {
                            userId: string;
                            userPrincipalName: string;
                            displayName: string;
                            /**
                             * @description announce: unused long enough, the holder is told; cancel: used again or excluded, kept; reclaim: the notice ended
                             * @enum {string}
                             */
                            step: "announce" | "cancel" | "reclaim";
                            lastUsedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            idleSince: string;
                            /**
                             * Format: date-time
                             * @description When the seat is (or would be) reclaimed
                             */
                            dueAt: string;
                        }[];
                        reclaimed: {
                            userId: string;
                            userPrincipalName: string;
                            displayName: string;
                            /**
                             * @description announce: unused long enough, the holder is told; cancel: used again or excluded, kept; reclaim: the notice ended
                             * @enum {string}
                             */
                            step: "announce" | "cancel" | "reclaim";
                            lastUsedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            idleSince: string;
                            /**
                             * Format: date-time
                             * @description When the seat is (or would be) reclaimed
                             */
                            dueAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runReclamation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run the reclamation of this product now (as the job would) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        announced: {
                            userId: string;
                            userPrincipalName: string;
                            displayName: string;
                            /**
                             * @description announce: unused long enough, the holder is told; cancel: used again or excluded, kept; reclaim: the notice ended
                             * @enum {string}
                             */
                            step: "announce" | "cancel" | "reclaim";
                            lastUsedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            idleSince: string;
                            /**
                             * Format: date-time
                             * @description When the seat is (or would be) reclaimed
                             */
                            dueAt: string;
                        }[];
                        cancelled: {
                            userId: string;
                            userPrincipalName: string;
                            displayName: string;
                            /**
                             * @description announce: unused long enough, the holder is told; cancel: used again or excluded, kept; reclaim: the notice ended
                             * @enum {string}
                             */
                            step: "announce" | "cancel" | "reclaim";
                            lastUsedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            idleSince: string;
                            /**
                             * Format: date-time
                             * @description When the seat is (or would be) reclaimed
                             */
                            dueAt: string;
                        }[];
                        reclaimed: {
                            userId: string;
                            userPrincipalName: string;
                            displayName: string;
                            /**
                             * @description announce: unused long enough, the holder is told; cancel: used again or excluded, kept; reclaim: the notice ended
                             * @enum {string}
                             */
                            step: "announce" | "cancel" | "reclaim";
                            lastUsedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            idleSince: string;
                            /**
                             * Format: date-time
                             * @description When the seat is (or would be) reclaimed
                             */
                            dueAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReclamations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A product's open announcements and the reclamations of the last 90 days (those reclaimed can be undone for 30 days) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            planId: string;
                            planName: string;
                            userId: string;
                            userPrincipalName: string;
                            displayName: string;
                            /** @enum {string} */
                            state: "announced" | "cancelled" | "reclaimed" | "undone";
                            lastUsedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            announcedAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            dueAt: string;
                            reclaimedAt: string | null;
                            undoneAt: string | null;
                            /** @description A reclaimed seat can be given back until then */
                            undoUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    undoReclamation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                reclamationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Give a reclaimed seat back (within 30 days, when a seat is free) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                        available: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReclamationReport: {
        parameters: {
            query?: {
                months?: "6" | "12";
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Seats reclaimed per product and month (and how many of them were undone) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            planId: string;
                            planName: string;
                            /** @description YYYY-MM */
                            month: string;
                            reclaimed: number;
                            undone: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicenseReport: {
        parameters: {
            query?: {
                /** @description First month of the range (default: 5 months before `to`); at most 12 months before `to`, written YYYY-MM */
                from?: string;
                /** @description Last month of the range (default: the current month); not after the current month, written YYYY-MM */
                to?: string;
                /** @description month (default) or day; day only for ranges of up to 3 months */
                granularity?: "month" | "day";
                /** @description One of your offers: its GUID or its offer key */
                offer?: string;
                /** @description One of your plans: its Service ID or GUID */
                plan?: string;
                /** @description A customer tenant ID */
                customer?: string;
                /** @description A customer country, ISO 3166-1 alpha-2 */
                country?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description License report: provisioned vs assigned over time, per plan, country and customer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseReport"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicenseSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Licenses provisioned and assigned now, and customers: the report’s current figures without the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The current month, YYYY-MM: the figures are as of now */
                        month: string;
                        /** @description Licenses provisioned to your customers, now */
                        provisioned: number;
                        /** @description Of those, licenses your customers assigned to their users, now */
                        assigned: number;
                        /** @description Customer tenants with more than 0 licenses provisioned */
                        customers: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportReportWidget: {
        parameters: {
            query?: {
                /** @description First month of the range (default: 5 months before `to`); at most 12 months before `to`, written YYYY-MM */
                from?: string;
                /** @description Last month of the range (default: the current month); not after the current month, written YYYY-MM */
                to?: string;
                /** @description month (default) or day; day only for ranges of up to 3 months */
                granularity?: "month" | "day";
                /** @description One of your offers: its GUID or its offer key */
                offer?: string;
                /** @description One of your plans: its Service ID or GUID */
                plan?: string;
                /** @description A customer tenant ID */
                customer?: string;
                /** @description A customer country, ISO 3166-1 alpha-2 */
                country?: string;
                /** @description Which widget to download; detailed is one row per customer and plan; activeUsers one row per plan with its active users in the last 7, 30 and 90 days */
                widget?: "series" | "byPlan" | "byCountry" | "byCustomer" | "detailed" | "activeUsers";
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget as CSV (UTF-8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEnvironments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the tenant's environments (a default one always exists) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Environment"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Create an environment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Environment"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                environmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete an environment without installed apps (not the default one) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renameEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                environmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Rename an environment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Environment"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInstalledApps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                environmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the apps installed in an environment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InstalledApp"][];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    installApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                environmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    offerId: string;
                };
            };
        };
        responses: {
            /** @description Install an offer's app (its current published package) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstalledApp"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInstalledApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                environmentId: string;
                installationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Update an installed app to the current package version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstalledApp"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uninstallApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                environmentId: string;
                installationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Uninstall an app */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runLicenseLifecycle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run the license lifecycle job now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        due: number;
                        changed: number;
                        expiryNotices: number;
                    };
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchMarketplace: {
        parameters: {
            query?: {
                /** @description Words to find in the name, summary, description, publisher or category */
                search?: string;
                /** @description A category ID from GET /api/v1/offer-categories */
                category?: string;
                /** @description A publisher ID, e.g. fabrikam */
                publisher?: string;
                sort?: "relevance" | "name" | "newest";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Search the marketplace: published offers, with category and publisher facets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OfferCard"][];
                        total: number;
                        page: number;
                        pageSize: number;
                        facets: {
                            categories: {
                                id: string;
                                label: string;
                                count: number;
                            }[];
                            publishers: {
                                publisherId: string;
                                name: string;
                                count: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's slug: <publisherId>.<offerKey>, e.g. fabrikam.fieldops */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A listing: description, plans, links, and the buttons this visitor gets, with the reasons */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's slug: <publisherId>.<offerKey>, e.g. fabrikam.fieldops */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description A published offer's logo (public, cacheable, with an ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingScreenshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's slug: <publisherId>.<offerKey>, e.g. fabrikam.fieldops */
                slug: string;
                screenshotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The screenshot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's slug: <publisherId>.<offerKey>, e.g. fabrikam.fieldops */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** Format: email */
                    email?: string;
                    company?: string;
                    /** @description ISO 3166-1 alpha-2 */
                    country?: string;
                    phone?: string | null;
                    message?: string;
                    /** @description Must be true: the visitor agrees to be contacted by the publisher */
                    consent?: boolean;
                };
            };
        };
        responses: {
            /** @description Contact me: send the publisher a lead */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        receivedAt: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: retry after the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInstallTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's slug: <publisherId>.<offerKey>, e.g. fabrikam.fieldops */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get it now: where the visitor's organization can install the app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canInstall: boolean;
                        reason: string;
                        environments: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            isDefault: boolean;
                            installedVersion: string | null;
                        }[];
                        /** @description The tenant's users who may install apps (shown to a non-admin) */
                        admins: {
                            displayName: string;
                            /** Format: email */
                            email: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    installFromListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's slug: <publisherId>.<offerKey>, e.g. fabrikam.fieldops */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    environmentId: string;
                };
            };
        };
        responses: {
            /** @description Get it now: install the app into one of the organization's environments */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The installed app
                         */
                        id: string;
                        environment: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        version: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeads: {
        parameters: {
            query?: {
                status?: "new" | "contacted" | "won" | "lost";
                /** @description One of your offers: its GUID or its offer key, e.g. fieldops */
                offer?: string;
                /** @description Text in the name, email or company */
                search?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the leads for your offers, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LeadSummary"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportLeads: {
        parameters: {
            query?: {
                status?: "new" | "contacted" | "won" | "lost";
                /** @description One of your offers: its GUID or its offer key, e.g. fieldops */
                offer?: string;
                /** @description Text in the name, email or company */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leads as CSV (UTF-8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A lead with its message, notes and webhook delivery log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setLeadStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "new" | "contacted" | "won" | "lost";
                };
            };
        };
        responses: {
            /** @description Change a lead's status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addLeadNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At most 2000 characters */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Add a note to a lead */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change-feed event types, what each means and what its data holds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description A change-feed event type (GET /api/v1/events/types lists them)
                             * @enum {string}
                             */
                            type: "deal.registered" | "deal.changed" | "deal.cancelled" | "licenses.provisioned" | "licenses.changed" | "licenses.removed" | "license.assigned" | "license.unassigned" | "seat.granted" | "seat.lost" | "license.auto_claimed" | "seat_policy.updated" | "waiting_room.joined" | "waiting_room.admitted" | "waiting_room.approved" | "waiting_room.removed" | "seat_reclamation.announced" | "seat_reclamation.cancelled" | "seat.reclaimed" | "seat_reclamation.undone" | "license.warning" | "license.suspended" | "license.renewed" | "app.installed" | "app.uninstalled" | "license_request.created" | "license_request.decided" | "lead.created" | "user.disabled" | "user.deleted" | "relationship.accepted" | "relationship.ended";
                            description: string;
                            subject: string;
                            audience: string;
                            data: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request could not be served as sent: the detail says why */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartnerEvents: {
        parameters: {
            query?: {
                /** @description Only events after this revision; send the previous page's `after` to go on */
                after?: string;
                /** @description Only these event types, comma-separated */
                types?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events about your offers and your customers, oldest first, after a revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            specversion: "1.0";
                            id: string;
                            source: string;
                            type: string;
                            subject: string;
                            time: string;
                            /** @enum {string} */
                            datacontenttype: "application/json";
                            /** @description The change-feed revision (CloudEvents extension attribute) */
                            revision: string;
                            /** @description The event's facts; GET /api/v1/events/types lists each type's fields. Offers and plans are named by GUID (offerId, planId), their readable keys beside them (offerKey, planKey) */
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description The revision to send as `after` for the next page (the same as sent when nothing new came) */
                        after: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTenantEvents: {
        parameters: {
            query?: {
                /** @description Only events after this revision; send the previous page's `after` to go on */
                after?: string;
                /** @description Only these event types, comma-separated */
                types?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's license events, oldest first, after a revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            specversion: "1.0";
                            id: string;
                            source: string;
                            type: string;
                            subject: string;
                            time: string;
                            /** @enum {string} */
                            datacontenttype: "application/json";
                            /** @description The change-feed revision (CloudEvents extension attribute) */
                            revision: string;
                            /** @description The event's facts; GET /api/v1/events/types lists each type's fields. Offers and plans are named by GUID (offerId, planId), their readable keys beside them (offerKey, planKey) */
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description The revision to send as `after` for the next page (the same as sent when nothing new came) */
                        after: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your webhook endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            description: string;
                            eventTypes: string[];
                            /** @description The one offer whose events the endpoint takes; null: every offer's */
                            offer: {
                                /** Format: uuid */
                                id: string;
                                offerKey: string;
                                name: string;
                            } | null;
                            enabled: boolean;
                            /**
                             * @description paused: a delivery was parked after its last try; re-send it or turn the endpoint on again
                             * @enum {string}
                             */
                            status: "active" | "disabled" | "paused";
                            pausedReason: string | null;
                            /** @description The last feed revision queued for this endpoint */
                            cursor: string;
                            /** @description Deliveries waiting to be sent */
                            pending: number;
                            nextAttemptAt: string | null;
                            /** @description After a rotation, until when deliveries are also signed with the previous secret */
                            previousSecretValidUntil: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    /** @description The event types to send (GET /api/v1/events/types) */
                    eventTypes: ("deal.registered" | "deal.changed" | "deal.cancelled" | "licenses.provisioned" | "licenses.changed" | "licenses.removed" | "license.assigned" | "license.unassigned" | "seat.granted" | "seat.lost" | "license.auto_claimed" | "seat_policy.updated" | "waiting_room.joined" | "waiting_room.admitted" | "waiting_room.approved" | "waiting_room.removed" | "seat_reclamation.announced" | "seat_reclamation.cancelled" | "seat.reclaimed" | "seat_reclamation.undone" | "license.warning" | "license.suspended" | "license.renewed" | "app.installed" | "app.uninstalled" | "license_request.created" | "license_request.decided" | "lead.created" | "user.disabled" | "user.deleted" | "relationship.accepted" | "relationship.ended")[];
                    /** @default  */
                    description?: string;
                    /** @description Only events about this offer of yours (those whose data.offerId is its GUID), e.g. its leads (lead.created); null: every offer's */
                    offerId?: string | null;
                };
            };
        };
        responses: {
            /** @description Add a webhook endpoint; the answer holds its signing secret, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        url: string;
                        description: string;
                        eventTypes: string[];
                        /** @description The one offer whose events the endpoint takes; null: every offer's */
                        offer: {
                            /** Format: uuid */
                            id: string;
                            offerKey: string;
                            name: string;
                        } | null;
                        enabled: boolean;
                        /**
                         * @description paused: a delivery was parked after its last try; re-send it or turn the endpoint on again
                         * @enum {string}
                         */
                        status: "active" | "disabled" | "paused";
                        pausedReason: string | null;
                        /** @description The last feed revision queued for this endpoint */
                        cursor: string;
                        /** @description Deliveries waiting to be sent */
                        pending: number;
                        nextAttemptAt: string | null;
                        /** @description After a rotation, until when deliveries are also signed with the previous secret */
                        previousSecretValidUntil: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        updatedAt: string;
                        /** @description The signing secret (whsec_…), shown this once: store it where the receiver verifies signatures */
                        secret: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A webhook endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        url: string;
                        description: string;
                        eventTypes: string[];
                        /** @description The one offer whose events the endpoint takes; null: every offer's */
                        offer: {
                            /** Format: uuid */
                            id: string;
                            offerKey: string;
                            name: string;
                        } | null;
                        enabled: boolean;
                        /**
                         * @description paused: a delivery was parked after its last try; re-send it or turn the endpoint on again
                         * @enum {string}
                         */
                        status: "active" | "disabled" | "paused";
                        pausedReason: string | null;
                        /** @description The last feed revision queued for this endpoint */
                        cursor: string;
                        /** @description Deliveries waiting to be sent */
                        pending: number;
                        nextAttemptAt: string | null;
                        /** @description After a rotation, until when deliveries are also signed with the previous secret */
                        previousSecretValidUntil: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a webhook endpoint with its queue and delivery log */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url?: string;
                    /** @description The event types to send (GET /api/v1/events/types) */
                    eventTypes?: ("deal.registered" | "deal.changed" | "deal.cancelled" | "licenses.provisioned" | "licenses.changed" | "licenses.removed" | "license.assigned" | "license.unassigned" | "seat.granted" | "seat.lost" | "license.auto_claimed" | "seat_policy.updated" | "waiting_room.joined" | "waiting_room.admitted" | "waiting_room.approved" | "waiting_room.removed" | "seat_reclamation.announced" | "seat_reclamation.cancelled" | "seat.reclaimed" | "seat_reclamation.undone" | "license.warning" | "license.suspended" | "license.renewed" | "app.installed" | "app.uninstalled" | "license_request.created" | "license_request.decided" | "lead.created" | "user.disabled" | "user.deleted" | "relationship.accepted" | "relationship.ended")[];
                    description?: string;
                    enabled?: boolean;
                    /** @description Only events about this offer of yours (those whose data.offerId is its GUID), e.g. its leads (lead.created); null: every offer's */
                    offerId?: string | null;
                };
            };
        };
        responses: {
            /** @description Change an endpoint's URL, event types or description, or turn it off and on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        url: string;
                        description: string;
                        eventTypes: string[];
                        /** @description The one offer whose events the endpoint takes; null: every offer's */
                        offer: {
                            /** Format: uuid */
                            id: string;
                            offerKey: string;
                            name: string;
                        } | null;
                        enabled: boolean;
                        /**
                         * @description paused: a delivery was parked after its last try; re-send it or turn the endpoint on again
                         * @enum {string}
                         */
                        status: "active" | "disabled" | "paused";
                        pausedReason: string | null;
                        /** @description The last feed revision queued for this endpoint */
                        cursor: string;
                        /** @description Deliveries waiting to be sent */
                        pending: number;
                        nextAttemptAt: string | null;
                        /** @description After a rotation, until when deliveries are also signed with the previous secret */
                        previousSecretValidUntil: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new signing secret, shown this once; the previous one also signs for 24 hours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        previousSecretValidUntil: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendWebhookTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Send a webhook.test event, signed like any other (it queues behind deliveries waiting) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveryId: string;
                        messageId: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Send the endpoint's events from this revision on (inclusive) */
                    fromRevision: string;
                };
            };
        };
        responses: {
            /** @description Send the endpoint's events again from a revision on, in order, with their original ids */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only deliveries older than this one (the previous page's nextBefore) */
                before?: string;
                state?: "pending" | "delivered" | "parked";
            };
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint's delivery log, newest first: each delivery with its attempts (status and time) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The webhook-id header: the event id, the same on every retry and replay */
                            messageId: string;
                            eventType: string;
                            revision: string | null;
                            /** @enum {string} */
                            state: "pending" | "delivered" | "parked";
                            attempts: number;
                            nextAttemptAt: string | null;
                            lastStatus: number | null;
                            lastError: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            attemptLog: {
                                attempt: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 date-time
                                 */
                                at: string;
                                statusCode: number | null;
                                error: string | null;
                                durationMs: number;
                            }[];
                        }[];
                        nextBefore: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Send a parked (or delivered) delivery again, with a fresh round of tries; a paused endpoint resumes */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                format?: "csv" | "json";
                /** @description Entries at or after this time */
                from?: string;
                /** @description Entries before this time */
                to?: string;
                /** @description Action or action prefix, e.g. "user." or "license.assigned" */
                action?: string;
                /** @description Only this person's entries (user ID), or 'system' for jobs' */
                actor?: "system" | string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamAuditLog: {
        parameters: {
            query?: {
                /** @description Entries at or after this time */
                from?: string;
                /** @description Entries before this time */
                to?: string;
                /** @description Action or action prefix, e.g. "user." or "license.assigned" */
                action?: string;
                /** @description Only this person's entries (user ID), or 'system' for jobs' */
                actor?: "system" | string;
                /** @description Resume after this entry id (or send Last-Event-ID) */
                after?: number;
            };
            header?: {
                "last-event-id"?: string;
            };
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyNotifications: {
        parameters: {
            query?: {
                unreadOnly?: "true" | "false";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My notifications, newest first, with the unread count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "license_request.created" | "license_request.decided" | "seats.threshold" | "license.expiring" | "license.grace" | "license.suspended" | "seat.reclaim_announced" | "seats.reclaimed" | "waiting_room.admitted" | "program.decided" | "relationship.invited";
                            /** @description What happened, in a sentence (the email subject) */
                            title: string;
                            /** @description The details, as the email says them */
                            body: string;
                            /** @description Where in the app to act (a path on LicenseHub's own address) */
                            link: string;
                            linkLabel: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            readAt: string | null;
                        }[];
                        /** @description Notifications matching the query */
                        total: number;
                        /** @description All unread notifications of the caller (the bell count) */
                        unread: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mark one of my notifications read */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mark all my notifications read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Which notifications also reach me by email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailAvailable: boolean;
                        items: {
                            /** @enum {string} */
                            kind: "license_request.created" | "license_request.decided" | "seats.threshold" | "license.expiring" | "license.grace" | "license.suspended" | "seat.reclaim_announced" | "seats.reclaimed" | "waiting_room.admitted" | "program.decided" | "relationship.invited";
                            label: string;
                            description: string;
                            email: boolean;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email on (true) or off (false) per kind; a kind left out is on */
                    email: {
                        "license_request.created"?: boolean;
                        "license_request.decided"?: boolean;
                        "seats.threshold"?: boolean;
                        "license.expiring"?: boolean;
                        "license.grace"?: boolean;
                        "license.suspended"?: boolean;
                        "seat.reclaim_announced"?: boolean;
                        "seats.reclaimed"?: boolean;
                        "waiting_room.admitted"?: boolean;
                        "program.decided"?: boolean;
                        "relationship.invited"?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Choose which notifications also reach me by email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailAvailable: boolean;
                        items: {
                            /** @enum {string} */
                            kind: "license_request.created" | "license_request.decided" | "seats.threshold" | "license.expiring" | "license.grace" | "license.suspended" | "seat.reclaim_announced" | "seats.reclaimed" | "waiting_room.admitted" | "program.decided" | "relationship.invited";
                            label: string;
                            description: string;
                            email: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScimTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's SCIM URL (Tenant URL in Entra ID, SCIM connector base URL in Okta) and its SCIM tokens, never their secrets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scimUrl: string;
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            scopes: "scim"[];
                            createdBy: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Create a SCIM token for the identity provider; the secret is shown once in this response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        scopes: "scim"[];
                        createdBy: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        token: string;
                        scimUrl: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoke a SCIM token: the identity provider is refused from its next request on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScimOperations: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                failed?: "true" | "false";
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provisioning log: recent SCIM requests with their outcome, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            method: string;
                            path: string;
                            resourceType: string | null;
                            resourceId: string | null;
                            status: number;
                            outcome: string;
                            durationMs: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            occurredAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIdentityProviders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's identity providers with their status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "oidc";
                            displayName: string;
                            issuer: string;
                            clientId: string;
                            clientSecretSet: boolean;
                            domains: string[];
                            jit: boolean;
                            passwordsAllowed: boolean;
                            claimMappings: {
                                userPrincipalName?: string;
                                displayName?: string;
                                country?: string;
                                groups?: string;
                            };
                            groupMappings: {
                                claimValue: string;
                                groupId?: string;
                                role?: string;
                            }[];
                            status: {
                                lastTestAt: string | null;
                                lastTestOutcome: string | null;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601 date-time
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "oidc";
                    displayName: string;
                    /** Format: uri */
                    issuer: string;
                    clientId: string;
                    clientSecret: string;
                    /** @default [] */
                    domains?: string[];
                    /** @default false */
                    jit?: boolean;
                    /** @default true */
                    passwordsAllowed?: boolean;
                    /** @default {} */
                    claimMappings?: {
                        userPrincipalName?: string;
                        displayName?: string;
                        country?: string;
                        groups?: string;
                    };
                    groupMappings?: {
                        claimValue: string;
                        /** Format: uuid */
                        groupId?: string;
                        /** @enum {string} */
                        role?: "global_admin" | "billing_admin" | "license_admin" | "user_admin";
                    }[];
                };
            };
        };
        responses: {
            /** @description Add an OpenID Connect provider; its discovery document is fetched from the issuer's /.well-known/openid-configuration */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        type: "oidc";
                        displayName: string;
                        issuer: string;
                        clientId: string;
                        clientSecretSet: boolean;
                        domains: string[];
                        jit: boolean;
                        passwordsAllowed: boolean;
                        claimMappings: {
                            userPrincipalName?: string;
                            displayName?: string;
                            country?: string;
                            groups?: string;
                        };
                        groupMappings: {
                            claimValue: string;
                            groupId?: string;
                            role?: string;
                        }[];
                        status: {
                            lastTestAt: string | null;
                            lastTestOutcome: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One identity provider */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        type: "oidc";
                        displayName: string;
                        issuer: string;
                        clientId: string;
                        clientSecretSet: boolean;
                        domains: string[];
                        jit: boolean;
                        passwordsAllowed: boolean;
                        claimMappings: {
                            userPrincipalName?: string;
                            displayName?: string;
                            country?: string;
                            groups?: string;
                        };
                        groupMappings: {
                            claimValue: string;
                            groupId?: string;
                            role?: string;
                        }[];
                        status: {
                            lastTestAt: string | null;
                            lastTestOutcome: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove an identity provider */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** Format: uri */
                    issuer?: string;
                    clientId?: string;
                    clientSecret?: string;
                    domains?: string[];
                    jit?: boolean;
                    passwordsAllowed?: boolean;
                    claimMappings?: {
                        userPrincipalName?: string;
                        displayName?: string;
                        country?: string;
                        groups?: string;
                    };
                    groupMappings?: {
                        claimValue: string;
                        /** Format: uuid */
                        groupId?: string;
                        /** @enum {string} */
                        role?: "global_admin" | "billing_admin" | "license_admin" | "user_admin";
                    }[];
                };
            };
        };
        responses: {
            /** @description Change an identity provider (a new issuer is discovered again; send clientSecret only to replace it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        type: "oidc";
                        displayName: string;
                        issuer: string;
                        clientId: string;
                        clientSecretSet: boolean;
                        domains: string[];
                        jit: boolean;
                        passwordsAllowed: boolean;
                        claimMappings: {
                            userPrincipalName?: string;
                            displayName?: string;
                            country?: string;
                            groups?: string;
                        };
                        groupMappings: {
                            claimValue: string;
                            groupId?: string;
                            role?: string;
                        }[];
                        status: {
                            lastTestAt: string | null;
                            lastTestOutcome: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO 8601 date-time
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Test sign-in: checks the issuer's discovery and answers the address to open; signing in there validates the whole flow and records the outcome as the provider's status, without opening a session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signInUrl: string;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's domains and how to verify each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            domain: string;
                            verified: boolean;
                            primary: boolean;
                            verificationRecord: {
                                /** @enum {string} */
                                type: "TXT";
                                name: string;
                                value: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    domain: string;
                };
            };
        };
        responses: {
            /** @description Add a domain; publish its TXT record, then verify it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        domain: string;
                        verified: boolean;
                        primary: boolean;
                        verificationRecord: {
                            /** @enum {string} */
                            type: "TXT";
                            name: string;
                            value: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verify a domain by its DNS TXT record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        domain: string;
                        verified: boolean;
                        primary: boolean;
                        verificationRecord: {
                            /** @enum {string} */
                            type: "TXT";
                            name: string;
                            value: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The content cannot be used: every problem is listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a domain the organization added (not the primary domain, nor one an identity provider signs in with) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: the detail says which and what to do */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markDomainVerified: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mark a tenant's domain verified (the operator vouches for it) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discoverSignIn: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Home-realm discovery: does this e-mail address sign in with its organization, and may it use a password? */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sso: boolean;
                        providerName: string | null;
                        passwordAllowed: boolean;
                        signInUrl: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSsoSignIn: {
        parameters: {
            query: {
                login_hint: string;
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Start signing in with the organization's identity provider, chosen by the login hint's domain */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for resources of another tenant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeSsoSignIn: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity provider's redirect back: the code is exchanged and the ID token validated, then the session opens */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors` names each field and what is wrong with it; nothing was changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed: the detail names the role or token scope needed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not serve the request; nothing was changed. Retry after the Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
