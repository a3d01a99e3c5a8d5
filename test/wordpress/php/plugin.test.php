<?php
/**
 * Unit-style tests of the plugin's PHP: cleaning, rendering, shortcodes against automatic
 * paragraphs, settings, and the suite's XSS payloads through every attribute and setting.
 * Runs inside a real WordPress with the plugin active:
 *
 *     node test/wordpress/php/run.mjs            (starts a site, runs this, stops it)
 *     php plugin.test.php /path/to/wordpress     (a WordPress of your own, plugin active)
 *
 * Prints one line per failure and a closing "N passed, N failed"; exits 1 on a failure.
 *
 * @package HavenWidgets
 */

// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- a command-line test.

if ( ! function_exists( 'add_action' ) ) {
	$haven_root = isset( $argv[1] ) ? rtrim( $argv[1], '/' ) : '';
	if ( ! is_file( $haven_root . '/wp-load.php' ) ) {
		fwrite( STDERR, "Usage: php plugin.test.php /path/to/wordpress\n" );
		exit( 2 );
	}
	$_SERVER['HTTP_HOST']      = 'localhost';
	$_SERVER['REQUEST_URI']    = '/';
	$_SERVER['REQUEST_METHOD'] = 'GET';
	require $haven_root . '/wp-load.php';
}
if ( ! function_exists( 'haven_widgets_render_faq' ) ) {
	fwrite( STDERR, "The Haven widgets plugin is not active on this WordPress.\n" );
	exit( 2 );
}

require_once ABSPATH . 'wp-admin/includes/template.php'; // add_settings_error(), get_settings_errors().

$haven_passed = 0;
$haven_failed = 0;

/**
 * One assertion.
 *
 * @param bool   $ok   Whether it holds.
 * @param string $what What it checks.
 */
function haven_test( $ok, $what ) {
	global $haven_passed, $haven_failed;
	if ( $ok ) {
		++$haven_passed;
	} else {
		++$haven_failed;
		echo "FAIL: $what\n";
	}
}

/**
 * The suite's XSS payloads (test/xss-payloads.ts), read from its string literals.
 *
 * @return string[]
 */
function haven_test_payloads() {
	$file = dirname( __DIR__, 2 ) . '/xss-payloads.ts';
	$out  = array();
	foreach ( file( $file ) as $line ) {
		if ( preg_match( "/^\s*'((?:[^'\\\\]|\\\\.)*)',\s*$/", $line, $m ) ) {
			$json = str_replace( array( "\\'", '"' ), array( "'", '\\"' ), $m[1] );
		} elseif ( preg_match( '/^\s*"((?:[^"\\\\]|\\\\.)*)",\s*$/', $line, $m ) ) {
			$json = $m[1];
		} else {
			continue;
		}
		$value = json_decode( '"' . $json . '"' );
		if ( is_string( $value ) ) {
			$out[] = $value;
		}
	}
	return $out;
}

/**
 * What in rendered HTML could run script: a script element that is not JSON, an event
 * attribute, a javascript:/vbscript:/data: link, or an element that carries script.
 *
 * @param string $html      Rendered HTML.
 * @param bool   $post_html Whether it holds a post's own HTML (shortcode content, already
 *                          filtered by WordPress), where images and media are allowed.
 * @return string '' when nothing, else what was found.
 */
function haven_test_danger( $html, $post_html = false ) {
	if ( preg_match_all( '#<script\b([^>]*)>#i', $html, $scripts ) ) {
		foreach ( $scripts[1] as $attrs ) {
			if ( ! preg_match( '#^\s*type="application/json"\s*$#', $attrs ) ) {
				return 'a script element';
			}
		}
	}
	// Inside JSON, "<" is \u003C, so a tag found here is a real tag.
	$tags = preg_replace( '#<script type="application/json">.*?</script>#s', '', $html );
	if ( preg_match_all( '#<([a-z][a-z0-9-]*)\b([^>]*)>#i', $tags, $found, PREG_SET_ORDER ) ) {
		foreach ( $found as $tag ) {
			$media = $post_html ? '' : '|img|video|audio|math|object';
			if ( preg_match( '#^(iframe|embed|svg|style|template|form|body|input|marquee|base|meta|link' . $media . ')$#i', $tag[1] ) ) {
				return "a <{$tag[1]}> element";
			}
			if ( preg_match( '#\son[a-z]+\s*=#i', $tag[2] ) ) {
				return "an event attribute in <{$tag[1]}{$tag[2]}>";
			}
			if ( preg_match( '#\b(?:href|src|action|data|formaction)\s*=\s*["\']?\s*(?:javascript|vbscript|data):#i', $tag[2] ) ) {
				return "a script link in <{$tag[1]}{$tag[2]}>";
			}
			if ( preg_match( '#\sstyle\s*=#i', $tag[2] ) ) {
				return "a style attribute in <{$tag[1]}{$tag[2]}>";
			}
		}
	}
	return '';
}

/*
 * Cleaning.
 */

haven_test( '' === haven_widgets_url( 'javascript:alert(1)' ), 'javascript: is not a URL' );
haven_test( '' === haven_widgets_url( ' JaVaScRiPt:alert(1)' ), 'JaVaScRiPt: with a space is not a URL' );
haven_test( '' === haven_widgets_url( 'data:text/html,<script>' ), 'data: is not a URL' );
haven_test( '' === haven_widgets_url( 'mailto:a@example.org' ), 'mailto: is not a page to go to' );
haven_test( 'https://example.org/a?b=1&c=2' === haven_widgets_url( 'https://example.org/a?b=1&c=2' ), 'an https URL is kept' );
haven_test( 'https://example.org' === haven_widgets_url( 'example.org' ), 'a URL without scheme gets https://' );
haven_test( home_url( '/staying-safe/' ) === haven_widgets_url( '/staying-safe/' ), 'a site path becomes a full URL' );
haven_test( '' === haven_widgets_url( '//evil.example/' ) || 0 === strpos( haven_widgets_url( '//evil.example/' ), 'http' ), 'a protocol-relative URL is not taken as a site path' );

haven_test( '0808 2000 247' === haven_widgets_phone( '0808 2000 247' ), 'a phone number is kept as written' );
haven_test( '+1 (800) 799-7233' === haven_widgets_phone( '+1 (800) 799-7233' ), 'brackets, dashes and + are allowed' );
haven_test( '999' === haven_widgets_phone( '999' ), 'a short code is a number' );
haven_test( '' === haven_widgets_phone( 'call us' ), 'words are not a number' );
haven_test( '' === haven_widgets_phone( '1' ), 'one digit is not a number' );
haven_test( '' === haven_widgets_phone( '1234567890123456' ), 'sixteen digits are not a number' );

$haven_problems = array();
$haven_line     = haven_widgets_clean_helpline(
	array(
		'name'      => ' Refuge ',
		'phone'     => 'ring us',
		'web'       => 'javascript:alert(1)',
		'chat'      => 'https://chat.example.org/',
		'languages' => array( 'English', 'Welsh' ),
		'extra'     => 'ignored',
	),
	$haven_problems
);
haven_test( 'Refuge' === $haven_line['name'], 'a helpline name is trimmed' );
haven_test( '' === $haven_line['phone'] && '' === $haven_line['web'], 'a bad number and link are left out' );
haven_test( array( 'phone', 'web' ) === $haven_problems, 'the fields left out are named' );
haven_test( 'English, Welsh' === $haven_line['languages'], 'languages given as a list become text' );
haven_test( ! isset( $haven_line['extra'] ), 'only the widget\'s fields are kept' );
haven_test( null === haven_widgets_clean_helpline( array( 'phone' => '999' ) ), 'a helpline without a name is left out' );

foreach ( array(
	'es_ES'        => 'es',
	'es_MX'        => 'es',
	'pt_BR'        => 'pt',
	'de_DE_formal' => 'de',
	'fr_CA'        => 'fr',
	'ar'           => 'ar',
	'en_GB'        => 'en',
	'ja'           => 'en',
	'ary'          => 'en',
	''             => 'en',
) as $haven_wp => $haven_locale ) {
	haven_test( haven_widgets_map_locale( $haven_wp ) === $haven_locale, "locale $haven_wp maps to $haven_locale" );
}

haven_test( abs( haven_widgets_contrast( '#000000', '#ffffff' ) - 21 ) < 0.01, 'black on white is 21:1' );
haven_test( 1.0 === haven_widgets_contrast( 'red', '#ffffff' ), 'a colour name is not measured' );

/*
 * Settings.
 */

$haven_saved = haven_widgets_sanitize_settings(
	array(
		'helplines'        => array(
			array(
				'name'  => 'Samaritans',
				'phone' => '116 123',
			),
			array(
				'name'   => 'Gone',
				'remove' => '1',
			),
			array(
				'name'  => '',
				'phone' => '',
			),
			array(
				'name'  => '',
				'phone' => '0800 1111',
			),
		),
		'emergency_number' => '999',
		'exit_enabled'     => '1',
		'exit_href'        => 'javascript:alert(1)',
		'theme'            => 'neon',
		'accent'           => '6b3fa0',
		'language'         => 'xx',
		'unknown'          => 'dropped',
	)
);
haven_test( 1 === count( $haven_saved['helplines'] ) && 'Samaritans' === $haven_saved['helplines'][0]['name'], 'helplines: removed, empty and nameless rows are not saved' );
haven_test( '999' === $haven_saved['emergency_number'], 'the emergency number is saved' );
haven_test( true === $haven_saved['exit_enabled'] && false === $haven_saved['exit_shortcut'], 'checkboxes save as booleans' );
haven_test( '' === $haven_saved['exit_href'], 'a javascript: destination is not saved' );
haven_test( 'site' === $haven_saved['theme'], 'an unknown theme falls back to the site' );
haven_test( '#6b3fa0' === $haven_saved['accent'], 'an accent without # gets one' );
haven_test( '' === $haven_saved['language'], 'an unknown language falls back to the site\'s' );
haven_test( ! isset( $haven_saved['unknown'] ), 'unknown keys are not saved' );
$haven_errors = wp_list_pluck( get_settings_errors( 'haven_widgets_settings' ), 'code' );
haven_test( in_array( 'haven-widgets-helpline-3', $haven_errors, true ), 'a helpline without a name is reported' );
haven_test( in_array( 'haven-widgets-exit_href', $haven_errors, true ), 'a bad destination is reported' );

// Section 4 of issue 21: what was typed is what is kept.
$haven_saved = haven_widgets_sanitize_settings(
	array(
		'helplines'        => array(
			array(
				'name'        => 'Samaritans',
				'description' => 'C:\ back\slash',
				'web'         => 'samaritans.org',
				'chat'        => 'not a link',
			),
		),
		'exit_safety_href' => '/staying-safe-online/',
		'exit_href'        => '/weather/',
		'accent'           => '#ffff00',
		'theme'            => 'light',
	)
);
haven_test( 'C:\ back\slash' === $haven_saved['helplines'][0]['description'], 'backslashes in a description are kept (WordPress has unslashed the form already)' );
haven_test( '/staying-safe-online/' === $haven_saved['exit_safety_href'], 'a safety page of this site is kept relative: ' . $haven_saved['exit_safety_href'] );
haven_test( '/weather/' === $haven_saved['exit_href'], 'an exit destination on this site is kept relative' );
haven_test( home_url( '/staying-safe-online/' ) === haven_widgets_url( $haven_saved['exit_safety_href'] ), 'and rendered as a full address of the site as it is now' );
haven_test( 'https://samaritans.org' === $haven_saved['helplines'][0]['web'], 'samaritans.org is saved as https://samaritans.org' );
haven_test( '' === $haven_saved['helplines'][0]['chat'], 'a chat link that is not one is not saved' );
haven_test( '#ffff00' === $haven_saved['accent'], 'the accent is saved as chosen' );
$haven_used = haven_widgets_accent_colours( '#ffff00' );
haven_test( haven_widgets_contrast( $haven_used['light'], '#ffffff' ) >= 4.5 && haven_widgets_contrast( $haven_used['dark'], '#161b1d' ) >= 4.5, 'the accent used reads at 4.5:1 on both backgrounds' );
haven_test( '#ffff00' === $haven_used['dark'], 'a yellow accent is kept as is on the dark background' );
$haven_notices = get_settings_errors( 'haven_widgets_settings' );
$haven_chat    = wp_list_filter( $haven_notices, array( 'code' => 'haven-widgets-helpline-0-chat' ) );
$haven_chat    = $haven_chat ? reset( $haven_chat )['message'] : '';
haven_test( false !== strpos( $haven_chat, 'Chat link' ) && false !== strpos( $haven_chat, 'web address' ) && false === strpos( $haven_chat, 'digits' ), 'a chat link\'s notice names the field and a link\'s rule: ' . $haven_chat );
haven_test( (bool) wp_list_filter( $haven_notices, array( 'code' => 'haven-widgets-accent-light' ) ), 'the accent\'s shade is said' );

/*
 * Rendering.
 */

$haven_faq = haven_widgets_render_faq(
	array(
		'items'        => array(
			array(
				'question' => 'Do I have to give my real name?',
				'answer'   => "No.\n\nUse <a href=\"https://example.org/\">any name</a> you like.",
			),
			array(
				'question' => 'No answer',
				'answer'   => '',
			),
		),
		'headingLevel' => 4,
		'single'       => true,
		'theme'        => 'dark',
	)
);
haven_test( false !== strpos( $haven_faq, '<haven-faq heading-level="4" single theme="dark" locale="' ), 'FAQ attributes are rendered' );
haven_test( false !== strpos( $haven_faq, '<details><summary>Do I have to give my real name?</summary><p>No.</p>' ), 'FAQ items are <details><summary> with paragraphs' );
haven_test( false !== strpos( $haven_faq, '<a href="https://example.org/">any name</a>' ), 'a link in an answer is kept' );
haven_test( 1 === substr_count( $haven_faq, '<details' ), 'an item without an answer is left out' );

$haven_empty = haven_widgets_render_faq( array() );
haven_test( (bool) preg_match( '#^<haven-faq theme="(light|dark|auto)" locale="[a-z]{2}"></haven-faq>$#', $haven_empty ), 'an FAQ without items is the bare element (built-in content)' );

$haven_timer = haven_widgets_render_grounding_timer(
	array(
		'exercise' => 'breathing',
		'pattern'  => '4 7 8',
		'rounds'   => 3,
		'minutes'  => 'x',
	)
);
haven_test( false !== strpos( $haven_timer, 'exercise="breathing" pattern="4 7 8" rounds="3"' ) && false === strpos( $haven_timer, 'minutes' ), 'timer options are rendered, bad ones left out' );
haven_test( false === strpos( haven_widgets_render_grounding_timer( array( 'pattern' => '4 7 8 0 9' ) ), 'pattern' ), 'five numbers are not a pattern' );

$haven_prompts = haven_widgets_render_empathy_prompts(
	array(
		'prompts'    => array(
			array(
				'category' => 'ask',
				'text'     => 'What would help?',
			),
			array(
				'category' => 'shout',
				'text'     => 'Left out',
			),
			array(
				'category' => 'reflect',
				'text'     => 'It sounds like ___.',
			),
		),
		'categories' => array( 'ask', 'nope', 'reflect' ),
	)
);
haven_test( false !== strpos( $haven_prompts, 'categories="ask reflect"' ), 'unknown categories are dropped' );
haven_test( false !== strpos( $haven_prompts, '<ul data-category="reflect"><li>It sounds like ___.</li></ul><ul data-category="ask"><li>What would help?</li></ul>' ), 'prompts are lists by category' );
haven_test( false === strpos( $haven_prompts, 'Left out' ), 'a prompt of an unknown kind is left out' );

$haven_stages = haven_widgets_render_stage_table(
	array(
		'caption' => 'Where you might be',
		'columns' => array( 'Stage', 'Expect', 'Helps' ),
		'stages'  => array(
			array(
				'name'  => 'Recognition',
				'cells' => array( "Awareness\nYou begin to see.", 'Validation', 'extra cell' ),
			),
		),
		'current' => 'Recognition',
	)
);
haven_test( false !== strpos( $haven_stages, '<table><caption>Where you might be</caption><thead><tr><th scope="col">Stage</th>' ), 'stages are a table with caption and headings' );
haven_test( false !== strpos( $haven_stages, '<td><p>Awareness</p><p>You begin to see.</p></td><td><p>Validation</p></td></tr>' ), 'a line break in a cell starts a paragraph; extra cells go' );
haven_test( false !== strpos( $haven_stages, 'current="recognition"' ), 'current is an id' );

$haven_help = haven_widgets_render_helplines(
	array(
		'helplines'       => array(
			array(
				'name'      => 'A </script><script>alert(1)</script> line',
				'description' => 'Under 18s: <3 & "welcome"',
				'phone'     => '0808 2000 247',
				'sms'       => '85258',
				'keyword'   => 'SHOUT',
				'languages' => 'English, Welsh',
				'region'    => 'UK',
			),
		),
		'emergencyNumber' => '999',
	)
);
haven_test( 1 === substr_count( $haven_help, '<script' ), 'a helpline name cannot end the JSON script' );
haven_test( false !== strpos( $haven_help, '\u003C3 \u0026 \u0022welcome\u0022' ), 'JSON is written with JSON_HEX_TAG, _AMP and _QUOT: ' . $haven_help );
preg_match( '#<script type="application/json">(.*?)</script>#s', $haven_help, $haven_json );
$haven_data = json_decode( $haven_json[1], true );
haven_test( array( 'English', 'Welsh' ) === $haven_data[0]['languages'] && '0808 2000 247' === $haven_data[0]['phone'], 'the JSON holds the widget\'s fields' );
haven_test( 'Under 18s: <3 & "welcome"' === $haven_data[0]['description'], 'JSON text is the text as written, not entities' );
haven_test( false !== strpos( $haven_help, '<a href="tel:08082000247">0808 2000 247</a>' ), 'the fallback list has call links' );
haven_test( false !== strpos( $haven_help, 'emergency-number="999"' ), 'the emergency number is an attribute' );

$haven_exit = haven_widgets_render_quick_exit(
	array(
		'href'       => 'https://www.bbc.co.uk/weather?a=1&b=2',
		'noShortcut' => true,
		'placement'  => 'sideways',
	)
);
haven_test( false !== strpos( $haven_exit, 'href="https://www.bbc.co.uk/weather?a=1&#038;b=2"' ), 'the destination is escaped as a URL' );
haven_test( false !== strpos( $haven_exit, 'placement="inline"' ) && false !== strpos( $haven_exit, ' no-shortcut' ), 'placement falls back to inline; no-shortcut is bare' );

/*
 * Shortcodes through the_content, as a classic post is shown.
 */

$haven_classic = "Some words first.\n\n[haven_faq]\n[haven_question q=\"Do I have to give my real name?\"]No. Use any name you like.[/haven_question]\n[haven_question q=\"Two paragraphs?\"]First one.\n\nSecond one.[/haven_question]\n[/haven_faq]\n\nAfter.";
$haven_html    = apply_filters( 'the_content', $haven_classic );
$haven_before  = substr( $haven_html, 0, (int) strpos( $haven_html, '<haven-faq' ) );
haven_test( false !== strpos( $haven_html, '<haven-faq' ), 'the FAQ shortcode renders the element' );
haven_test( substr_count( $haven_before, '<p>' ) === substr_count( $haven_before, '</p>' ), 'no paragraph is open around the FAQ' );
haven_test( (bool) preg_match( '#<haven-faq[^>]*><details><summary>Do I have to give my real name\?</summary><p>No. Use any name you like.</p></details><details><summary>Two paragraphs\?</summary><p>First one.</p>\s*<p>Second one.</p></details></haven-faq>#', $haven_html ), 'answers survive automatic paragraphs: ' . $haven_html );
haven_test( false !== strpos( $haven_html, '<p>After.</p>' ), 'the text after the FAQ is a paragraph' );

$haven_html = apply_filters( 'the_content', "Intro line\n[haven_stage_table columns=\"Stage | Expect\" note]\n[haven_stage name=\"Shock\"]Numb | [/haven_stage]\n[/haven_stage_table]\nOutro line" );
$haven_before = substr( $haven_html, 0, (int) strpos( $haven_html, '<haven-stage-table' ) );
haven_test( substr_count( $haven_before, '<p>' ) === substr_count( $haven_before, '</p>' ), 'a paragraph before a widget on the next line is closed: ' . $haven_html );
haven_test( false !== strpos( $haven_html, '<th scope="row">Shock</th><td><p>Numb</p></td>' ) && false !== strpos( $haven_html, ' note' ), 'stage shortcode cells and flags' );

/*
 * Shortcodes around their widget's own markup, through automatic paragraphs.
 */

$haven_one   = apply_filters( 'the_content', "Before.\n\n[haven_faq]<details><summary>Do I have to give my real name?</summary><p>No.</p></details>[/haven_faq]\n\nAfter." );
$haven_lines = apply_filters( 'the_content', "Before.\n\n[haven_faq]\n<details>\n<summary>Do I have to give my real name?</summary>\nNo.\n\nNot ever.\n</details>\n<details>\n<summary>Parking?</summary>\nYes.\n</details>\n[/haven_faq]\n\nAfter." );
foreach ( array( 'one line' => $haven_one, 'several lines' => $haven_lines ) as $haven_where => $haven_html ) {
	$haven_inner = preg_match( '#<haven-faq[^>]*>([\s\S]*)</haven-faq>#', $haven_html, $haven_m ) ? $haven_m[1] : '';
	haven_test( (bool) preg_match( '#^<details>\s*<summary>Do I have to give my real name\?</summary>\s*<p>No.</p>#', $haven_inner ), "[haven_faq] around <details> on $haven_where: the widget holds them: $haven_html" );
	haven_test( '' === trim( preg_replace( '#<details>[\s\S]*?</details>#', '', $haven_inner ) ), "[haven_faq] on $haven_where: nothing but <details> around them (no stray <p> or <br />): $haven_inner" );
	haven_test( false !== strpos( $haven_html, '<p>After.</p>' ) && false === strpos( $haven_html, 'haven-widgets-unread' ), "[haven_faq] on $haven_where: the text after it is a paragraph" );
}
haven_test( (bool) preg_match( '#<p>No.</p>\s*<p>Not ever.</p>\s*</details>#', $haven_lines ), 'an answer\'s two paragraphs stay in its <details>' );

$haven_html = apply_filters( 'the_content', "[haven_empathy_prompts]\n<ul data-category=\"ask\" onclick=\"x()\">\n<li>Would tea help?</li>\n</ul>\n<script>alert(1)</script>\n[/haven_empathy_prompts]" );
haven_test( (bool) preg_match( '#<haven-empathy-prompts[^>]*><ul data-category="ask">\s*<li>Would tea help\?</li>\s*</ul>#', $haven_html ), 'a prompt list is passed through: ' . $haven_html );
haven_test( false === strpos( $haven_html, '<script' ) && false === strpos( $haven_html, 'onclick' ), 'the markup is cleaned with wp_kses' );

$haven_html = apply_filters( 'the_content', "[haven_stage_table]\n<table>\n<thead><tr><th>Stage</th><th>Then</th></tr></thead>\n<tr><th>Arriving</th><td>Tea.</td></tr>\n</table>\n[/haven_stage_table]" );
haven_test( (bool) preg_match( '#<haven-stage-table[^>]*><table>[\s\S]*<th>Arriving</th>\s*<td>Tea.</td>[\s\S]*</table></haven-stage-table>#', $haven_html ), 'a stage table is passed through: ' . $haven_html );
haven_test( ! preg_match( '#<br\s*/?>#', $haven_html ), 'no line breaks between its rows' );

$haven_html = apply_filters( 'the_content', "[haven_helplines]\n<h3>Wessex</h3>\n<ul>\n<li><strong>Harbour Line</strong> <a href=\"tel:0800123\">0800 123</a> <span data-hours>24 hours</span></li>\n</ul>\n[/haven_helplines]" );
haven_test( (bool) preg_match( '#<haven-helplines[^>]*><h3>Wessex</h3>\s*<ul>\s*<li><strong>Harbour Line</strong> <a href="tel:0800123">0800 123</a> <span data-hours>24 hours</span></li>#', $haven_html ), 'helpline lists are passed through: ' . $haven_html );
haven_test( false === strpos( $haven_html, 'application/json' ), 'not the site\'s helplines beside them' );

foreach ( array(
	'haven_faq'             => "[haven_faq]\nJust words.\n\nMore words.\n[/haven_faq]",
	'haven_empathy_prompts' => '[haven_empathy_prompts]<ul><li>No kind</li></ul>[/haven_empathy_prompts]',
	'haven_stage_table'     => '[haven_stage_table]<table><thead><tr><th>Only</th><th>Headings</th></tr></thead></table>[/haven_stage_table]',
	'haven_helplines'       => '[haven_helplines]<ul><li>Call us</li></ul>[/haven_helplines]',
	'haven_faq '            => '[haven_faq][haven_question]No question.[/haven_question][/haven_faq]',
) as $haven_tag => $haven_content ) {
	$haven_html = apply_filters( 'the_content', $haven_content );
	$haven_tag  = trim( $haven_tag );
	haven_test( false === strpos( $haven_html, '<haven-' ), "[$haven_tag] with nothing to read shows no widget (no built-in content): $haven_html" );
	haven_test( false !== strpos( $haven_html, 'data-haven-unread="[' . $haven_tag . ']' ), "[$haven_tag] with nothing to read is named for the console" );
	haven_test( false === strpos( wp_strip_all_tags( $haven_html ), '[haven_question' ), "[$haven_tag]: no shortcode brackets shown" );
}
haven_test( false !== strpos( apply_filters( 'the_content', "[haven_faq]\nJust words.\n\nMore words.\n[/haven_faq]" ), '<p>Just words.</p>' ), 'unreadable content is shown as written' );
haven_test( false === strpos( do_shortcode( "[haven_faq]\n\n[/haven_faq]" ), 'unread' ) && false !== strpos( do_shortcode( '[haven_faq][/haven_faq]' ), '<haven-faq' ), 'an empty shortcode is the widget with its built-in content' );

/*
 * What visitors without scripts see inside the elements.
 */

$haven_html = haven_widgets_render_quick_exit( array( 'href' => 'https://example.org/weather' ) );
haven_test( (bool) preg_match( '#<haven-quick-exit href="https://example.org/weather"[^>]*><a href="https://example.org/weather">Leave this site</a></haven-quick-exit>#', $haven_html ), 'the quick exit holds a link to its destination: ' . $haven_html );
haven_test( false !== strpos( haven_widgets_site_exit_markup(), '>Leave this site</a></haven-quick-exit>' ), 'so does the site-wide exit' );
$haven_html = haven_widgets_render_grounding_timer( array( 'pattern' => '4 7 8' ) );
haven_test( false !== strpos( $haven_html, '<ol lang="en"><li>Breathe in, 4 seconds</li><li>Hold, 7 seconds</li><li>Breathe out, 8 seconds</li></ol>' ), 'the timer holds its pattern\'s steps: ' . $haven_html );
$haven_html = haven_widgets_render_stage_table( array( 'stages' => array( array( 'name' => 'Arriving', 'cells' => array( 'Tea', 'Talk' ) ) ) ) );
haven_test( false !== strpos( $haven_html, '<caption>Stages of healing</caption><thead><tr><th scope="col">Healing stage</th><th scope="col">What to expect</th><th scope="col">Support strategies</th></tr></thead>' ), 'a stage table with the default columns has the caption and header row: ' . $haven_html );
$haven_saved_settings = get_option( 'haven_widgets_settings' );
update_option( 'haven_widgets_settings', array( 'language' => 'es' ) );
haven_test( false !== strpos( haven_widgets_render_quick_exit( array() ), '>Salir de este sitio</a>' ), 'the link is in the widgets\' language' );
haven_test( false !== strpos( haven_widgets_render_grounding_timer( array( 'pattern' => 'resonant' ) ), 'Inhala, 5,5 segundos' ), 'the timer\'s steps too, numbers as the language writes them' );
update_option( 'haven_widgets_settings', array( 'language' => 'ar' ) );
haven_test( false !== strpos( haven_widgets_render_grounding_timer( array( 'pattern' => '2 2' ) ), 'ثانيتان' ), 'Arabic\'s dual form' );
haven_test( false !== strpos( haven_widgets_render_grounding_timer( array() ), '<ol lang="ar" dir="rtl">' ), 'the steps say their language and direction' );
haven_test( false !== strpos( haven_widgets_render_grounding_timer( array( 'pattern' => '4 4' ) ), '4 ثوانٍ' ), 'Arabic\'s few form' );
if ( false === $haven_saved_settings ) {
	delete_option( 'haven_widgets_settings' );
} else {
	update_option( 'haven_widgets_settings', $haven_saved_settings );
}

$haven_html = do_shortcode( '[haven_empathy_prompts][haven_prompt category="ask"]What <b>would</b> help?[/haven_prompt][/haven_empathy_prompts]' );
haven_test( false !== strpos( $haven_html, '<li>What would help?</li>' ), 'prompt shortcodes hold plain text' );
haven_test( '' === do_shortcode( '[haven_question q="alone"]x[/haven_question]' ), 'an item shortcode alone shows nothing' );

/*
 * The suite's XSS payloads through every attribute, content field and setting.
 */

$haven_payloads = haven_test_payloads();
haven_test( count( $haven_payloads ) > 20, 'the XSS payloads were read (' . count( $haven_payloads ) . ')' );
$haven_original = get_option( 'haven_widgets_settings' );
foreach ( $haven_payloads as $haven_i => $haven_p ) {
	$haven_line = array_fill_keys( HAVEN_WIDGETS_HELPLINE_FIELDS, $haven_p );
	$haven_out  = array(
		'faq'             => haven_widgets_render_faq(
			array(
				'items'          => array(
					array(
						'question' => $haven_p,
						'answer'   => $haven_p . ' answer',
						'id'       => $haven_p,
					),
				),
				'headingLevel'   => $haven_p,
				'single'         => $haven_p,
				'structuredData' => $haven_p,
				'theme'          => $haven_p,
			),
			''
		),
		'timer'           => haven_widgets_render_grounding_timer(
			array(
				'exercise'          => $haven_p,
				'pattern'           => $haven_p,
				'rounds'            => $haven_p,
				'minutes'           => $haven_p,
				'keepRunningHidden' => $haven_p,
				'theme'             => $haven_p,
			)
		),
		'prompts'         => haven_widgets_render_empathy_prompts(
			array(
				'prompts'    => array(
					array(
						'category' => 'ask',
						'text'     => $haven_p,
					),
					array(
						'category' => $haven_p,
						'text'     => $haven_p,
					),
				),
				'categories' => $haven_p,
				'category'   => $haven_p,
				'theme'      => $haven_p,
			)
		),
		'stages'          => haven_widgets_render_stage_table(
			array(
				'caption'    => $haven_p,
				'columns'    => array( $haven_p, $haven_p ),
				'stages'     => array(
					array(
						'name'  => $haven_p,
						'cells' => array( $haven_p ),
						'id'    => $haven_p,
					),
				),
				'current'    => $haven_p,
				'selectable' => $haven_p,
				'note'       => $haven_p,
				'theme'      => $haven_p,
			)
		),
		'helplines'       => haven_widgets_render_helplines(
			array(
				'helplines'       => array( $haven_line, array_merge( $haven_line, array( 'name' => 'Named' ) ) ),
				'emergencyNumber' => $haven_p,
				'headingLevel'    => $haven_p,
				'theme'           => $haven_p,
			)
		),
		'exit'            => haven_widgets_render_quick_exit(
			array(
				'href'       => $haven_p,
				'safetyHref' => $haven_p,
				'placement'  => $haven_p,
				'noShortcut' => $haven_p,
				'theme'      => $haven_p,
			)
		),
		'faq shortcode'   => do_shortcode( '[haven_faq heading_level="' . esc_attr( $haven_p ) . '"][haven_question q="' . esc_attr( $haven_p ) . '"]' . wp_kses_post( $haven_p ) . ' answer[/haven_question][/haven_faq]' ),
		'helpline short.' => do_shortcode( '[haven_helplines][haven_helpline name="x" web="' . esc_attr( $haven_p ) . '" phone="' . esc_attr( $haven_p ) . '"]' . wp_kses_post( $haven_p ) . '[/haven_helpline][/haven_helplines]' ),
		// Markup inside a shortcode as an author without unfiltered_html saves it, and as an
		// administrator may (unfiltered): cleaned to the widget's markup either way.
		'faq markup short.'   => apply_filters( 'the_content', '[haven_faq]<details><summary>' . $haven_p . '</summary>' . $haven_p . ' answer</details>[/haven_faq]' ),
		'stage markup short.' => apply_filters( 'the_content', "[haven_stage_table]\n<table><tr><th>" . $haven_p . '</th><td>' . $haven_p . "</td></tr></table>\n[/haven_stage_table]" ),
		'line markup short.'  => apply_filters( 'the_content', '[haven_helplines]<ul><li><strong>' . $haven_p . '</strong> <a href="tel:0800">' . $haven_p . '</a></li></ul>[/haven_helplines]' ),
		'unread short.'       => apply_filters( 'the_content', '[haven_empathy_prompts]' . $haven_p . '[/haven_empathy_prompts]' ),
	);
	// Through the settings page's sanitising, then the helplines block and the site-wide exit.
	$haven_settings = haven_widgets_sanitize_settings(
		array(
			'helplines'        => array( $haven_line, array_merge( $haven_line, array( 'name' => 'Named' ) ) ),
			'emergency_number' => $haven_p,
			'exit_enabled'     => '1',
			'exit_href'        => $haven_p,
			'exit_safety_href' => $haven_p,
			'theme'            => $haven_p,
			'accent'           => $haven_p,
			'language'         => $haven_p,
		)
	);
	update_option( 'haven_widgets_settings', $haven_settings );
	$haven_out['site helplines'] = haven_widgets_render_helplines( array() );
	$haven_out['site exit'] = haven_widgets_site_exit_markup();
	foreach ( $haven_out as $haven_where => $haven_html ) {
		$haven_danger = haven_test_danger( $haven_html, false !== strpos( $haven_where, 'short' ) );
		haven_test( '' === $haven_danger, "payload $haven_i in $haven_where: $haven_danger" );
	}
	haven_test( (bool) preg_match( '/^(|[a-z,-]+\{--haven-color-accent:#[0-9a-f]{6};--haven-color-on-accent:#[0-9a-f]{6};--haven-dark-color-accent:#[0-9a-f]{6};--haven-dark-color-on-accent:#[0-9a-f]{6}\})$/i', haven_widgets_accent_css() ), "payload $haven_i: the accent CSS is a colour only" );
}
update_option( 'haven_widgets_settings', $haven_original );

/*
 * uninstall.php removes the option.
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	define( 'WP_UNINSTALL_PLUGIN', 'haven-widgets/haven-widgets.php' );
}
update_option( 'haven_widgets_settings', array( 'emergency_number' => '999' ) );
include HAVEN_WIDGETS_DIR . 'uninstall.php';
wp_cache_delete( 'haven_widgets_settings', 'options' );
haven_test( false === get_option( 'haven_widgets_settings' ), 'uninstall.php deletes the option' );
if ( false !== $haven_original ) {
	update_option( 'haven_widgets_settings', $haven_original );
}

echo "$haven_passed passed, $haven_failed failed\n";
exit( $haven_failed ? 1 : 0 );
