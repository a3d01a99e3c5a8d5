<?php
/**
 * The six blocks, registered from their block.json and rendered on the server: a post
 * stores only the block's comment with its attributes.
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the blocks, and gives the editor script what it needs to preview them as the
 * front end shows them.
 */
function haven_widgets_register_blocks() {
	foreach ( HAVEN_WIDGETS_WIDGETS as $widget ) {
		register_block_type(
			HAVEN_WIDGETS_DIR . 'blocks/' . $widget,
			array( 'render_callback' => 'haven_widgets_render_block_' . str_replace( '-', '_', $widget ) )
		);
	}
}
add_action( 'init', 'haven_widgets_register_blocks' );

/**
 * What the editor script needs from the settings to preview blocks as the front end shows
 * them: the theme and language, the site's helplines (public on the site anyway), whether the
 * site has its own quick exit.
 */
function haven_widgets_editor_data() {
	$settings = haven_widgets_settings();
	$data     = array(
		'theme'           => haven_widgets_global_theme(),
		'locale'          => haven_widgets_locale(),
		'helplines'       => haven_widgets_clean_helplines( $settings['helplines'] ),
		'emergencyNumber' => haven_widgets_phone( $settings['emergency_number'] ),
		'siteExit'        => haven_widgets_site_exit_enabled(),
		'exitHref'        => haven_widgets_url( $settings['exit_href'] ),
		'settingsUrl'     => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=haven-widgets' ) : '',
	);
	wp_add_inline_script( 'haven-widgets-editor', 'window.havenWidgetsEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'haven_widgets_editor_data' );

/**
 * The wrapper attributes WordPress gives a block (its class, a custom class), for the element.
 *
 * @return string
 */
function haven_widgets_wrapper() {
	return function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
}

/**
 * Renders the FAQ block.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function haven_widgets_render_block_faq( $attributes ) {
	return haven_widgets_render_faq( (array) $attributes, haven_widgets_wrapper() );
}

/**
 * Renders the grounding timer block.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function haven_widgets_render_block_grounding_timer( $attributes ) {
	return haven_widgets_render_grounding_timer( (array) $attributes, haven_widgets_wrapper() );
}

/**
 * Renders the empathy prompts block.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function haven_widgets_render_block_empathy_prompts( $attributes ) {
	return haven_widgets_render_empathy_prompts( (array) $attributes, haven_widgets_wrapper() );
}

/**
 * Renders the stage table block.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function haven_widgets_render_block_stage_table( $attributes ) {
	return haven_widgets_render_stage_table( (array) $attributes, haven_widgets_wrapper() );
}

/**
 * Renders the helplines block.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function haven_widgets_render_block_helplines( $attributes ) {
	return haven_widgets_render_helplines( (array) $attributes, haven_widgets_wrapper() );
}

/**
 * Renders the quick exit block.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function haven_widgets_render_block_quick_exit( $attributes ) {
	return haven_widgets_render_quick_exit( (array) $attributes, haven_widgets_wrapper() );
}
