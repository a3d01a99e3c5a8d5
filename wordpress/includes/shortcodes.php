<?php
/**
 * Shortcodes for classic-editor sites. Each takes the block's options as attributes
 * (snake_case: heading_level="4", single="yes", or a bare `single`), and the content the
 * block edits as item shortcodes inside it:
 *
 *     [haven_faq]
 *     [haven_question q="Do I have to give my real name?"]No. Use any name you like.[/haven_question]
 *     [/haven_faq]
 *
 * The classic editor's automatic paragraphs run before shortcodes: the content between the
 * tags arrives cut by <p> and <br />, which is mended here, and the <p> around the whole
 * widget is taken off after (see haven_widgets_unwrap()).
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode attributes with bare flags (`[haven_faq single]`) as "yes", keys in camelCase.
 *
 * @param mixed $atts What WordPress passes.
 * @return array
 */
function haven_widgets_shortcode_atts( $atts ) {
	$out = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = $value;
			$value = 'yes';
		}
		$key         = lcfirst( str_replace( ' ', '', ucwords( str_replace( array( '_', '-' ), ' ', strtolower( (string) $key ) ) ) ) );
		$out[ $key ] = $value;
	}
	return $out;
}

/**
 * The item shortcodes `$tag` inside a container's content, in order: attributes and content.
 *
 * @param string $content The container's content.
 * @param string $tag     The item shortcode.
 * @return array[] Each: array( attributes, inner content ).
 */
function haven_widgets_shortcode_items( $content, $tag ) {
	$items = array();
	if ( ! is_string( $content ) || false === strpos( $content, '[' . $tag ) ) {
		return $items;
	}
	preg_match_all( '/' . get_shortcode_regex( array( $tag ) ) . '/s', $content, $matches, PREG_SET_ORDER );
	foreach ( $matches as $match ) {
		if ( '[' === $match[1] && ']' === $match[6] ) {
			continue; // [[escaped]].
		}
		$items[] = array( haven_widgets_shortcode_atts( shortcode_parse_atts( $match[3] ) ), $match[5] );
	}
	return $items;
}

/**
 * Mends HTML that automatic paragraphs cut at the item's edges: "No.</p>\n<p>Yes." becomes
 * "<p>No.</p>\n<p>Yes.</p>".
 *
 * @param string $html An item's content after wpautop.
 * @return string
 */
function haven_widgets_mend_paragraphs( $html ) {
	$html   = preg_replace( '#^(?:\s|<br\s*/?>|</p>)+|(?:\s|<br\s*/?>|<p>)+$#i', '', (string) $html );
	$blocks = 'p|ul|ol|div|blockquote|h[1-6]|table|figure|pre';
	if ( '' === $html ) {
		return '';
	}
	if ( ! preg_match( '#^<(?:' . $blocks . ')[\s>]#i', $html ) ) {
		$html = '<p>' . $html;
	}
	if ( ! preg_match( '#</(?:' . $blocks . ')>$#i', $html ) ) {
		$html .= '</p>';
	}
	return preg_replace( '#<p>(?:\s|<br\s*/?>)*</p>#i', '', force_balance_tags( $html ) );
}

/**
 * An item's content as plain text: paragraphs and line breaks become new lines.
 *
 * @param string $html An item's content after wpautop.
 * @return string
 */
function haven_widgets_shortcode_text( $html ) {
	$text = preg_replace( '#</p>\s*<p>|<br\s*/?>#i', "\n", (string) $html );
	return trim( html_entity_decode( wp_strip_all_tags( $text ), ENT_QUOTES, 'UTF-8' ) );
}

/**
 * [haven_faq] with [haven_question q="…" id="…"]answer[/haven_question] items.
 *
 * @param mixed  $atts    Attributes.
 * @param string $content Content.
 * @return string
 */
function haven_widgets_shortcode_faq( $atts, $content = '' ) {
	$atts          = haven_widgets_shortcode_atts( $atts );
	$atts['items'] = array();
	foreach ( haven_widgets_shortcode_items( $content, 'haven_question' ) as list( $item, $inner ) ) {
		$atts['items'][] = array(
			'question' => haven_widgets_att( $item, 'q', haven_widgets_att( $item, 'question' ) ),
			'answer'   => haven_widgets_mend_paragraphs( $inner ),
			'id'       => haven_widgets_att( $item, 'id' ),
		);
	}
	return haven_widgets_render_faq( $atts, '', true );
}

/**
 * [haven_grounding_timer exercise="breathing" pattern="box" rounds="4"].
 *
 * @param mixed $atts Attributes.
 * @return string
 */
function haven_widgets_shortcode_grounding_timer( $atts ) {
	return haven_widgets_render_grounding_timer( haven_widgets_shortcode_atts( $atts ) );
}

/**
 * [haven_empathy_prompts categories="ask validate"] with [haven_prompt category="ask"]text[/haven_prompt].
 *
 * @param mixed  $atts    Attributes.
 * @param string $content Content.
 * @return string
 */
function haven_widgets_shortcode_empathy_prompts( $atts, $content = '' ) {
	$atts            = haven_widgets_shortcode_atts( $atts );
	$atts['prompts'] = array();
	foreach ( haven_widgets_shortcode_items( $content, 'haven_prompt' ) as list( $item, $inner ) ) {
		$atts['prompts'][] = array(
			'category' => haven_widgets_att( $item, 'category' ),
			'text'     => haven_widgets_shortcode_text( $inner ),
		);
	}
	return haven_widgets_render_empathy_prompts( $atts );
}

/**
 * [haven_stage_table caption="…" columns="Stage | What to expect | What helps"] with
 * [haven_stage name="Recognition"]first cell | second cell[/haven_stage].
 *
 * @param mixed  $atts    Attributes.
 * @param string $content Content.
 * @return string
 */
function haven_widgets_shortcode_stage_table( $atts, $content = '' ) {
	$atts = haven_widgets_shortcode_atts( $atts );
	if ( isset( $atts['columns'] ) && is_string( $atts['columns'] ) ) {
		$atts['columns'] = array_map( 'trim', explode( '|', $atts['columns'] ) );
	}
	$atts['stages'] = array();
	foreach ( haven_widgets_shortcode_items( $content, 'haven_stage' ) as list( $item, $inner ) ) {
		$atts['stages'][] = array(
			'name'  => haven_widgets_att( $item, 'name' ),
			'id'    => haven_widgets_att( $item, 'id' ),
			'cells' => array_map( 'trim', explode( '|', haven_widgets_shortcode_text( $inner ) ) ),
		);
	}
	return haven_widgets_render_stage_table( $atts );
}

/**
 * [haven_helplines emergency_number="999"] with [haven_helpline name="…" phone="…" sms="…"
 * keyword="…" chat="…" web="…" hours="…" languages="…" region="…"]description[/haven_helpline].
 * Without items, the site's helplines.
 *
 * @param mixed  $atts    Attributes.
 * @param string $content Content.
 * @return string
 */
function haven_widgets_shortcode_helplines( $atts, $content = '' ) {
	$atts              = haven_widgets_shortcode_atts( $atts );
	$atts['helplines'] = array();
	foreach ( haven_widgets_shortcode_items( $content, 'haven_helpline' ) as list( $item, $inner ) ) {
		$description = haven_widgets_shortcode_text( $inner );
		if ( '' !== $description ) {
			$item['description'] = $description;
		}
		$atts['helplines'][] = $item;
	}
	return haven_widgets_render_helplines( $atts );
}

/**
 * [haven_quick_exit href="…" safety_href="…" placement="inline|fixed" no_shortcut].
 *
 * @param mixed $atts Attributes.
 * @return string
 */
function haven_widgets_shortcode_quick_exit( $atts ) {
	return haven_widgets_render_quick_exit( haven_widgets_shortcode_atts( $atts ) );
}

/**
 * An item shortcode outside its container shows nothing.
 *
 * @return string
 */
function haven_widgets_shortcode_item() {
	return '';
}

/**
 * Registers the shortcodes.
 */
function haven_widgets_register_shortcodes() {
	foreach ( HAVEN_WIDGETS_WIDGETS as $widget ) {
		$name = str_replace( '-', '_', $widget );
		add_shortcode( 'haven_' . $name, 'haven_widgets_shortcode_' . $name );
	}
	foreach ( array( 'haven_question', 'haven_prompt', 'haven_stage', 'haven_helpline' ) as $item ) {
		add_shortcode( $item, 'haven_widgets_shortcode_item' );
	}
}
add_action( 'init', 'haven_widgets_register_shortcodes' );

/**
 * Takes the widgets out of the paragraphs that automatic paragraphs put them in: a <details>
 * or <table> inside a <p> would end the paragraph, and the widget with it, leaving its
 * content outside. Put each shortcode on lines of its own.
 *
 * @param string $content The post's content after shortcodes.
 * @return string
 */
function haven_widgets_unwrap( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '<haven-' ) ) {
		return $content;
	}
	$tags  = 'faq|grounding-timer|empathy-prompts|stage-table|helplines|quick-exit';
	$start = '(<haven-(?:' . $tags . ')[\s>])';
	$end   = '(</haven-(?:' . $tags . ')>)';
	// Alone in its paragraph: the paragraph goes. Then, after or before other lines of the
	// same paragraph: the paragraph ends before it and starts again after it.
	return preg_replace(
		array(
			'#<p>(?:\s|<br\s*/?>)*' . $start . '#i',
			'#' . $end . '(?:\s|<br\s*/?>)*</p>#i',
			'#(?:<br\s*/?>\s*)+' . $start . '#i',
			'#' . $end . '(?:\s*<br\s*/?>)+#i',
		),
		array( '$1', '$1', '</p>$1', '$1<p>' ),
		$content
	);
}
add_filter( 'the_content', 'haven_widgets_unwrap', 12 );
add_filter( 'widget_text_content', 'haven_widgets_unwrap', 12 );
add_filter( 'widget_block_content', 'haven_widgets_unwrap', 12 );
