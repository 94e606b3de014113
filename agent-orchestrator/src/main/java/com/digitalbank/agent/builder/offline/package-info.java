/**
 * What the offline model knows about building projects: it reads the requirements for the
 * names, entities, fields, endpoints, pages and commands they ask for, plans tasks per
 * template and renders each task's files from the templates, the same way every time.
 */
package com.digitalbank.agent.builder.offline;
