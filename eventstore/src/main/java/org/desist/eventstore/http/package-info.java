/**
 * What every service's REST edge shares: problem+json for every error (401, 403, 413, 414, 431 and 503 included), the
 * acting person, strict JSON, only access tokens issued for the platform, body, address and header limits, and load
 * shedding.
 */
package org.desist.eventstore.http;
