/**
 * How AWS clients reach their endpoints: under the {@code local} profile, the local
 * stand-ins with static credentials; otherwise the default AWS chain. Spring Cloud AWS
 * builds the clients; this package only sets where they point and how they retry.
 */
package com.digitalbank.platform.aws;
