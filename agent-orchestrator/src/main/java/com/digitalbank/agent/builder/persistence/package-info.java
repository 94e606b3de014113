/**
 * The builder's single table and its bucket. One partition per project
 * ({@code PROJECT#id}) holds {@code METADATA}, {@code FILE#path}, {@code PLAN#rev},
 * {@code MOD#id}, {@code TEST#rev#attempt}, {@code DEPLOY#rev}, the Dev tasks' done
 * markers ({@code TASK#rev#attempt#index}) and the progress events ({@code EVENT#time});
 * templates are {@code TEMPLATE#id / METADATA}. A user's projects are listed through the
 * {@code byUser} index. The bucket holds what does not belong in an item: large files
 * ({@code projects/id/files/path}), plan backups ({@code plans/id/}), QA reports
 * ({@code test_results/id/}) and packages ({@code deployments/id/}).
 */
package com.digitalbank.agent.builder.persistence;
