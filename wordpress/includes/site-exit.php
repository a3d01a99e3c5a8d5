<?php
/**
 * The quick exit on every front-end page, when the settings turn it on: printed at the start
 * of <body> (wp_body_open, in block and classic themes alike), then moved just after the
 * theme's skip link by a small script, so the skip link stays the first thing to tab to.
 * Themes too old for wp_body_open get it from wp_footer; it is fixed at the top either way.
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether the site-wide exit is on.
 *
 * @return bool
 */
function haven_widgets_site_exit_enabled() {
	return ! empty( haven_widgets_settings()['exit_enabled'] );
}

/**
 * The site-wide exit's element, with a link to the destination inside for visitors whose
 * scripts do not run.
 *
 * @return string
 */
function haven_widgets_site_exit_markup() {
	$settings = haven_widgets_settings();
	$href     = haven_widgets_url( $settings['exit_href'] );
	return haven_widgets_open_tag(
		'haven-quick-exit',
		array(
			'href'        => $href,
			'safety-href' => haven_widgets_url( $settings['exit_safety_href'] ),
			'no-shortcut' => empty( $settings['exit_shortcut'] ),
			'class'       => 'haven-widgets-site-exit',
		),
		''
	) . haven_widgets_quick_exit_fallback( $href ) . '</haven-quick-exit>';
}

/**
 * Prints the site-wide exit, once, on front-end pages.
 */
function haven_widgets_print_site_exit() {
	static $printed = false;
	if ( $printed || is_admin() || is_feed() || is_embed() || ! haven_widgets_site_exit_enabled() ) {
		return;
	}
	$printed = true;
	haven_widgets_use( 'quick-exit' );
	wp_enqueue_script( 'haven-widgets-site-exit' );
	echo haven_widgets_site_exit_markup(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute is escaped in haven_widgets_html_attributes().
}
add_action( 'wp_body_open', 'haven_widgets_print_site_exit', 1 );
add_action( 'wp_footer', 'haven_widgets_print_site_exit', 1 );
