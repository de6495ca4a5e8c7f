/** Login, user accounts and roles. */
@NullMarked
package fr.mosaic.security;

import org.jspecify.annotations.NullMarked;
