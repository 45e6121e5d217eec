/** What every service's REST edge shares: problem+json for every error, the acting person, the body limit. */
package org.desist.eventstore.http;
