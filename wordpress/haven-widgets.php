<?php
/**
 * Plugin Name:       Haven widgets
 * Description:       Calm, accessible and private widgets for trauma-recovery and peer-support sites: FAQ, grounding timer, empathy prompts, healing stages, helplines and a quick exit, as blocks and shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            haven-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       haven-widgets
 * Domain Path:       /languages
 * Update URI:        false
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'HAVEN_WIDGETS_VERSION', '0.1.0' );
define( 'HAVEN_WIDGETS_FILE', __FILE__ );
define( 'HAVEN_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once HAVEN_WIDGETS_DIR . 'includes/settings.php';
require_once HAVEN_WIDGETS_DIR . 'includes/options.php';
require_once HAVEN_WIDGETS_DIR . 'includes/render.php';
require_once HAVEN_WIDGETS_DIR . 'includes/assets.php';
require_once HAVEN_WIDGETS_DIR . 'includes/blocks.php';
require_once HAVEN_WIDGETS_DIR . 'includes/shortcodes.php';
require_once HAVEN_WIDGETS_DIR . 'includes/site-exit.php';

if ( is_admin() ) {
	require_once HAVEN_WIDGETS_DIR . 'includes/admin.php';
}

/**
 * Loads the admin strings' translations from the plugin's own folder (and, as WordPress does
 * by itself, from wp-content/languages/plugins).
 */
function haven_widgets_load_textdomain() {
	load_plugin_textdomain( 'haven-widgets', false, dirname( plugin_basename( HAVEN_WIDGETS_FILE ) ) . '/languages' );
	// The plugin ships one file per language (haven-widgets-es.mo), for every locale of it.
	$language = haven_widgets_map_locale( determine_locale() );
	$file     = HAVEN_WIDGETS_DIR . 'languages/haven-widgets-' . $language . '.mo';
	if ( 'en' !== $language && is_readable( $file ) ) {
		load_textdomain( 'haven-widgets', $file );
	}
}
add_action( 'init', 'haven_widgets_load_textdomain', 1 );

/**
 * The scripts' translations likewise: haven-widgets-es-<handle>.json for es_ES, es_MX...
 *
 * @param string|false $file   The JSON file WordPress looks for.
 * @param string       $handle The script.
 * @param string       $domain The text domain.
 * @return string|false
 */
function haven_widgets_script_translation_file( $file, $handle, $domain ) {
	if ( 'haven-widgets' !== $domain || ! is_string( $file ) || is_readable( $file ) ) {
		return $file;
	}
	$ours = HAVEN_WIDGETS_DIR . 'languages/haven-widgets-' . haven_widgets_map_locale( determine_locale() ) . '-' . $handle . '.json';
	return is_readable( $ours ) ? $ours : $file;
}
add_filter( 'load_script_translation_file', 'haven_widgets_script_translation_file', 10, 3 );
