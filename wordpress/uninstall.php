<?php
/**
 * Removes what the plugin stored: its one option (on every site of a network).
 *
 * @package HavenWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'haven_widgets_settings' );

if ( is_multisite() ) {
	$haven_widgets_sites = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $haven_widgets_sites as $haven_widgets_site_id ) {
		switch_to_blog( $haven_widgets_site_id );
		delete_option( 'haven_widgets_settings' );
		restore_current_blog();
	}
}
