<?php
/**
 * Scripts and styles, all from the plugin's own folder. A page that shows a widget loads one
 * module script, the autoloader (cdn/haven-autoloader.js), which fetches the files of the
 * widgets the page holds, and only those, sharing one copy of Lit and the core between them;
 * it also picks up widgets added to the page later. The block editor loads the bundle of all.
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets, by the name render.php passes to haven_widgets_use().
 */
const HAVEN_WIDGETS_WIDGETS = array( 'faq', 'grounding-timer', 'empathy-prompts', 'stage-table', 'helplines', 'quick-exit' );

/**
 * The URL of a file in the plugin's folder.
 *
 * @param string $path Relative to the plugin's folder.
 * @return string
 */
function haven_widgets_file_url( $path ) {
	return plugins_url( $path, HAVEN_WIDGETS_FILE );
}

/**
 * Registers every script and style; nothing is enqueued here.
 */
function haven_widgets_register_assets() {
	$args = array(
		'in_footer' => true,
		'strategy'  => 'defer',
	);
	// A module script (the filter below adds type="module"): WordPress's own script modules
	// API would need 6.5, and the plugin runs on 6.1.
	wp_register_script( 'haven-widgets-autoloader', haven_widgets_file_url( 'cdn/haven-autoloader.js' ), array(), HAVEN_WIDGETS_VERSION, $args );
	wp_register_script( 'haven-widgets', haven_widgets_file_url( 'cdn/haven-widgets.iife.js' ), array(), HAVEN_WIDGETS_VERSION, $args );
	foreach ( HAVEN_WIDGETS_LOCALES as $locale ) {
		if ( 'en' !== $locale ) {
			wp_register_script( 'haven-widgets-locale-' . $locale, haven_widgets_file_url( 'cdn/locales/' . $locale . '.iife.js' ), array(), HAVEN_WIDGETS_VERSION, $args );
		}
	}
	wp_register_script( 'haven-widgets-site-exit', haven_widgets_file_url( 'assets/site-exit.js' ), array(), HAVEN_WIDGETS_VERSION, $args );
	wp_register_script( 'haven-widgets-shortcode-warnings', haven_widgets_file_url( 'assets/shortcode-warnings.js' ), array(), HAVEN_WIDGETS_VERSION, $args );
	wp_register_style( 'haven-widgets', haven_widgets_file_url( 'assets/haven-widgets.css' ), array(), HAVEN_WIDGETS_VERSION );

	$asset = HAVEN_WIDGETS_DIR . 'build/editor.asset.php';
	$asset = is_readable( $asset ) ? require $asset : array(
		'dependencies' => array(),
		'version'      => HAVEN_WIDGETS_VERSION,
	);
	wp_register_script( 'haven-widgets-editor', haven_widgets_file_url( 'build/editor.js' ), $asset['dependencies'], $asset['version'], true );
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'haven-widgets-editor', 'haven-widgets', HAVEN_WIDGETS_DIR . 'languages' );
	}
}
add_action( 'init', 'haven_widgets_register_assets', 5 );

/**
 * Prints the autoloader as a module script (it imports the widgets' files beside it).
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle Its handle.
 * @return string
 */
function haven_widgets_module_tag( $tag, $handle ) {
	if ( 'haven-widgets-autoloader' !== $handle ) {
		return $tag;
	}
	// A theme without HTML5 script support prints type="text/javascript": a module replaces it.
	$tag = preg_replace( '/\s+type=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'haven_widgets_module_tag', 10, 2 );

/**
 * The site's accent colour for the widgets, for their light and their dark theme, each in a
 * shade that reads on that theme's background, with a text colour that reads on it.
 *
 * @return string CSS, or ''.
 */
function haven_widgets_accent_css() {
	$used = haven_widgets_accent_colours( haven_widgets_settings()['accent'] );
	if ( ! $used ) {
		return '';
	}
	return sprintf(
		'haven-faq,haven-grounding-timer,haven-empathy-prompts,haven-stage-table,haven-helplines,haven-quick-exit{--haven-color-accent:%1$s;--haven-color-on-accent:%2$s;--haven-dark-color-accent:%3$s;--haven-dark-color-on-accent:%4$s}',
		$used['light'],
		$used['light_on'],
		$used['dark'],
		$used['dark_on']
	);
}

/**
 * The widgets' stylesheet (space kept before the scripts run, the admin bar cleared), with
 * the accent colour, once.
 */
function haven_widgets_enqueue_style() {
	if ( wp_style_is( 'haven-widgets' ) ) {
		return;
	}
	wp_enqueue_style( 'haven-widgets' );
	$accent = haven_widgets_accent_css();
	if ( '' !== $accent ) {
		wp_add_inline_style( 'haven-widgets', $accent );
	}
}

/**
 * Notes that the page shows a widget: the autoloader (and the language's file) will load, and
 * the autoloader fetches the widget's file. Called by every render; safe to call many times.
 *
 * @param string|null $widget One of HAVEN_WIDGETS_WIDGETS; null to read the list.
 * @return array The widgets the page uses so far.
 */
function haven_widgets_use( $widget = null ) {
	static $used = array();
	if ( null === $widget || is_admin() ) {
		return $used;
	}
	if ( in_array( $widget, HAVEN_WIDGETS_WIDGETS, true ) && ! in_array( $widget, $used, true ) ) {
		$used[] = $widget;
		// The language first: a classic script, printed before the module and run before it, so
		// the widgets render in it at once (without it, the widgets' own loader would fetch the
		// module twin from cdn/locales/ once they upgrade, and render twice).
		$locale = haven_widgets_locale();
		if ( 'en' !== $locale ) {
			wp_enqueue_script( 'haven-widgets-locale-' . $locale );
		}
		wp_enqueue_script( 'haven-widgets-autoloader' );
		haven_widgets_enqueue_style();
	}
	return $used;
}

/**
 * In the block editor (its iframe included): every widget, so the blocks preview the real
 * thing, in the site's language, with the site's accent colour.
 */
function haven_widgets_editor_assets() {
	if ( ! is_admin() ) {
		return;
	}
	$locale = haven_widgets_locale();
	if ( 'en' !== $locale ) {
		wp_enqueue_script( 'haven-widgets-locale-' . $locale );
	}
	wp_enqueue_script( 'haven-widgets' );
	haven_widgets_enqueue_style();
}
add_action( 'enqueue_block_assets', 'haven_widgets_editor_assets' );

/**
 * The stylesheet goes in the head where the page's content is known to hold a widget (or the
 * site-wide exit is on), so the space it keeps is there from the first paint. Elsewhere a
 * widget's render adds it later (classic themes print it in the footer).
 */
function haven_widgets_head_style() {
	$post = get_post();
	$uses = haven_widgets_site_exit_enabled();
	if ( ! $uses && is_singular() && $post ) {
		$uses = false !== strpos( $post->post_content, '<!-- wp:haven-widgets/' ) || false !== strpos( $post->post_content, '[haven_' );
	}
	if ( $uses ) {
		haven_widgets_enqueue_style();
	}
}
add_action( 'wp_enqueue_scripts', 'haven_widgets_head_style' );
