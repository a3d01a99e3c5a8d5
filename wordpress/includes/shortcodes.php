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
 * Or the widget's own markup inside, as the library's docs teach it (FAQ <details>, prompt
 * lists, the stages <table>, helpline lists): cleaned with wp_kses to what the widget reads,
 * then handed to the widget as it is, which reads and checks it in the browser:
 *
 *     [haven_faq]
 *     <details><summary>Do I have to give my real name?</summary><p>No.</p></details>
 *     [/haven_faq]
 *
 * A shortcode that holds anything never shows the built-in content in its place: if nothing
 * in it can be read, what it holds is shown as it was written, and the browser's console
 * names the shortcode (assets/shortcode-warnings.js).
 *
 * The classic editor's automatic paragraphs run before shortcodes: the content between the
 * tags arrives cut by <p> and <br />, which is mended here, and the <p> around the whole
 * widget is taken off after (see haven_widgets_unwrap()).
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode attributes with bare flags (`[haven_faq single]`) as "yes", keys as the block's:
 * a widget's option by its shortcode name (includes/options.php: heading_level is
 * headingLevel), anything else (content, an item's fields) in camelCase.
 *
 * @param mixed  $atts   What WordPress passes.
 * @param string $widget The widget whose options these are, or '' for an item shortcode.
 * @return array
 */
function haven_widgets_shortcode_atts( $atts, $widget = '' ) {
	$options = isset( HAVEN_WIDGETS_OPTIONS[ $widget ] ) ? wp_list_pluck( HAVEN_WIDGETS_OPTIONS[ $widget ], 'shortcode' ) : array();
	$out     = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = $value;
			$value = 'yes';
		}
		$key         = strtolower( (string) $key );
		$option      = array_search( str_replace( '-', '_', $key ), $options, true );
		$key         = false !== $option ? $option : lcfirst( str_replace( ' ', '', ucwords( str_replace( array( '_', '-' ), ' ', $key ) ) ) );
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
 * What each widget reads in its own markup, as wp_kses() allowed tags: the post's allowed
 * tags (with their global attributes, data-* among them), narrowed to the widget's format.
 *
 * @param string $widget faq, empathy-prompts, stage-table or helplines.
 * @return array
 */
function haven_widgets_markup_tags( $widget ) {
	$post   = wp_kses_allowed_html( 'post' );
	$inline = array( 'a', 'strong', 'b', 'em', 'i', 'br', 'span', 'p' );
	$tags   = array(
		'empathy-prompts' => array( 'ul', 'ol', 'li' ),
		'stage-table'     => array( 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'ul', 'ol', 'li' ),
		'helplines'       => array( 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li' ),
	);
	if ( ! isset( $tags[ $widget ] ) ) {
		return $post; // An FAQ's answers hold whatever a post may.
	}
	return array_intersect_key( $post, array_flip( array_merge( $tags[ $widget ], $inline ) ) );
}

/**
 * A container's content in its widget's markup format, cleaned: wp_kses() to what the widget
 * reads, and what automatic paragraphs added between the format's elements taken out (a <p>
 * around a <details>, a <br /> between <tr>s), so the elements are the widget's children.
 *
 * @param string $content The shortcode's content, after wpautop.
 * @param string $widget  The widget.
 * @return string
 */
function haven_widgets_shortcode_markup( $content, $widget ) {
	$html = wp_kses( (string) $content, haven_widgets_markup_tags( $widget ) );
	// Block elements of the formats: a paragraph or a line break touching one of their tags
	// is wpautop's, not the site's.
	$block = '(?:details|summary|table|caption|thead|tbody|tfoot|tr|th|td|ul|ol|li|h[2-6])';
	$html  = preg_replace(
		array(
			'#<p>\s*(</?' . $block . '[\s>])#i',
			'#(</?' . $block . '(?:\s[^>]*)?>)\s*</p>#i',
			'#<br\s*/?>\s*(</?' . $block . '[\s>])#i',
			'#(</?' . $block . '(?:\s[^>]*)?>)\s*<br\s*/?>#i',
		),
		'$1',
		$html
	);
	$html = haven_widgets_mend_paragraphs( $html );
	// mend_paragraphs() wraps loose text in a paragraph; a list or table needs none around it.
	$html = preg_replace( '#^<p>\s*(<' . $block . '[\s>][\s\S]*</' . $block . '>)\s*</p>$#i', '$1', $html );
	return trim( preg_replace( '#<p>(?:\s|&nbsp;|<br\s*/?>)*</p>#i', '', $html ) );
}

/**
 * Whether the widget can read anything in its markup (the cleaned content): a question with
 * an answer, a prompt in a list of a known kind, a stage row, a named helpline. The widget
 * checks the rest and warns in the console itself.
 *
 * @param string $html   Cleaned markup.
 * @param string $widget The widget.
 * @return bool
 */
function haven_widgets_markup_readable( $html, $widget ) {
	switch ( $widget ) {
		case 'faq':
			preg_match_all( '#<details[^>]*>\s*<summary[^>]*>([\s\S]*?)</summary>([\s\S]*?)</details>#i', $html, $found, PREG_SET_ORDER );
			foreach ( $found as $item ) {
				if ( '' !== trim( wp_strip_all_tags( $item[1] ) ) && '' !== trim( wp_strip_all_tags( $item[2] ) ) ) {
					return true;
				}
			}
			return false;
		case 'empathy-prompts':
			$kinds = implode( '|', HAVEN_WIDGETS_PROMPT_CATEGORIES );
			return (bool) preg_match( '#<(ul|ol)\s[^>]*data-category\s*=\s*["\']\s*(?:' . $kinds . ')\s*["\'][^>]*>\s*<li[^>]*>\s*[^<\s]#i', $html );
		case 'stage-table':
			// A row after the headings (a <thead>, or a first row of <th> only) whose first cell names a stage.
			if ( ! preg_match( '#<table[\s>]([\s\S]*?)</table>#i', $html, $table ) ) {
				return false;
			}
			preg_match_all( '#<tr[^>]*>([\s\S]*?)</tr>#i', preg_replace( '#<thead[\s>][\s\S]*?</thead>#i', '', $table[1] ), $rows );
			if ( $rows[1] && false === stripos( $rows[1][0], '<td' ) && false === stripos( $table[1], '<thead' ) ) {
				array_shift( $rows[1] );
			}
			foreach ( $rows[1] as $row ) {
				if ( preg_match( '#^\s*<t[hd][^>]*>([\s\S]*?)</t[hd]>#i', $row, $cell ) && '' !== trim( wp_strip_all_tags( $cell[1] ) ) ) {
					return true;
				}
			}
			return false;
		case 'helplines':
			return (bool) preg_match( '#<li[^>]*>\s*(?:<[^>]+>\s*)*?<(?:strong|b|[a-z]+\s[^>]*data-name)[^>]*>\s*[^<\s]#i', $html );
	}
	return false;
}

/**
 * What a container shortcode shows for content that is neither items nor its widget's markup:
 * the content as it was written (as a post shows it), marked so a small script tells the site
 * owner in the console which shortcode it was, and what it reads.
 *
 * @param string $tag     The shortcode (haven_faq).
 * @param string $content Its content, after wpautop.
 * @param string $expects What it reads, for the console.
 * @return string
 */
function haven_widgets_shortcode_unread( $tag, $content, $expects ) {
	wp_enqueue_script( 'haven-widgets-shortcode-warnings' );
	$message = sprintf( '[%1$s] holds nothing its widget can read, so it is shown as written. It reads %2$s.', $tag, $expects );
	// Item shortcodes that could not be used show their words, not their brackets.
	$content = preg_replace( '#\[/?haven_(?:question|prompt|stage|helpline)\b[^\]]*\]#', '', (string) $content );
	return '<div class="haven-widgets-unread" data-haven-unread="' . esc_attr( $message ) . '">' . trim( wp_kses_post( haven_widgets_mend_paragraphs( $content ) ) ) . '</div>';
}

/**
 * Whether a shortcode's content holds anything beyond what automatic paragraphs add.
 *
 * @param string $content The shortcode's content.
 * @return bool
 */
function haven_widgets_shortcode_holds( $content ) {
	return is_string( $content ) && '' !== trim( preg_replace( '#</?p>|<br\s*/?>|&nbsp;|\s#i', '', $content ) );
}

/**
 * A container shortcode that holds no item shortcodes: its widget with the markup it holds
 * when that can be read, else the content as written; null when it holds nothing (the
 * widget's built-in content then).
 *
 * @param string   $tag     The shortcode.
 * @param string   $widget  Its widget.
 * @param string   $content Its content.
 * @param callable $render  Renders the widget with given markup.
 * @param string   $expects What it reads, for the console.
 * @return string|null
 */
function haven_widgets_shortcode_with_markup( $tag, $widget, $content, $render, $expects ) {
	if ( ! haven_widgets_shortcode_holds( $content ) ) {
		return null;
	}
	$markup = haven_widgets_shortcode_markup( $content, $widget );
	return haven_widgets_markup_readable( $markup, $widget ) ? $render( $markup ) : haven_widgets_shortcode_unread( $tag, $content, $expects );
}

/**
 * [haven_faq] with [haven_question q="…" id="…"]answer[/haven_question] items.
 *
 * @param mixed  $atts    Attributes.
 * @param string $content Content.
 * @return string
 */
function haven_widgets_shortcode_faq( $atts, $content = '' ) {
	$atts          = haven_widgets_shortcode_atts( $atts, 'faq' );
	$atts['items'] = array();
	$expects       = '<details><summary>Question</summary>Answer</details>, or [haven_question q="Question"]Answer[/haven_question] items';
	foreach ( haven_widgets_shortcode_items( $content, 'haven_question' ) as list( $item, $inner ) ) {
		$atts['items'][] = array(
			'question' => haven_widgets_att( $item, 'q', haven_widgets_att( $item, 'question' ) ),
			'answer'   => haven_widgets_mend_paragraphs( $inner ),
			'id'       => haven_widgets_att( $item, 'id' ),
		);
	}
	if ( ! $atts['items'] ) {
		$shown = haven_widgets_shortcode_with_markup(
			'haven_faq',
			'faq',
			$content,
			static function ( $markup ) use ( $atts ) {
				return haven_widgets_render_faq( $atts, '', true, $markup );
			},
			$expects
		);
		if ( null !== $shown ) {
			return $shown;
		}
	} elseif ( ! haven_widgets_clean_faq( $atts, true )['items'] ) {
		return haven_widgets_shortcode_unread( 'haven_faq', $content, $expects );
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
	return haven_widgets_render_grounding_timer( haven_widgets_shortcode_atts( $atts, 'grounding-timer' ) );
}

/**
 * [haven_empathy_prompts categories="ask validate"] with [haven_prompt category="ask"]text[/haven_prompt].
 *
 * @param mixed  $atts    Attributes.
 * @param string $content Content.
 * @return string
 */
function haven_widgets_shortcode_empathy_prompts( $atts, $content = '' ) {
	$atts            = haven_widgets_shortcode_atts( $atts, 'empathy-prompts' );
	$atts['prompts'] = array();
	foreach ( haven_widgets_shortcode_items( $content, 'haven_prompt' ) as list( $item, $inner ) ) {
		$atts['prompts'][] = array(
			'category' => haven_widgets_att( $item, 'category' ),
			'text'     => haven_widgets_shortcode_text( $inner ),
		);
	}
	$expects = '<ul data-category="ask"><li>A prompt</li></ul> lists (reflect, ask, validate or boundaries), or [haven_prompt category="ask"]A prompt[/haven_prompt] items';
	if ( ! $atts['prompts'] ) {
		$shown = haven_widgets_shortcode_with_markup(
			'haven_empathy_prompts',
			'empathy-prompts',
			$content,
			static function ( $markup ) use ( $atts ) {
				return haven_widgets_render_empathy_prompts( $atts, '', $markup );
			},
			$expects
		);
		if ( null !== $shown ) {
			return $shown;
		}
	} elseif ( ! haven_widgets_clean_empathy_prompts( $atts )['prompts'] ) {
		return haven_widgets_shortcode_unread( 'haven_empathy_prompts', $content, $expects );
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
	$atts = haven_widgets_shortcode_atts( $atts, 'stage-table' );
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
	$expects = 'a <table> whose rows start with the stage\'s name, or [haven_stage name="Stage"]cell | cell[/haven_stage] items';
	if ( ! $atts['stages'] ) {
		$shown = haven_widgets_shortcode_with_markup(
			'haven_stage_table',
			'stage-table',
			$content,
			static function ( $markup ) use ( $atts ) {
				return haven_widgets_render_stage_table( $atts, '', $markup );
			},
			$expects
		);
		if ( null !== $shown ) {
			return $shown;
		}
	} elseif ( ! haven_widgets_clean_stage_table( $atts )['stages'] ) {
		return haven_widgets_shortcode_unread( 'haven_stage_table', $content, $expects );
	}
	return haven_widgets_render_stage_table( $atts );
}

/**
 * [haven_helplines emergency_number="999"] with [haven_helpline name="…" phone="…" sms="…"
 * keyword="…" chat="…" web="…" hours="…" languages="…" region="…"]description[/haven_helpline].
 * Without items or lists of its own, the site's helplines.
 *
 * @param mixed  $atts    Attributes.
 * @param string $content Content.
 * @return string
 */
function haven_widgets_shortcode_helplines( $atts, $content = '' ) {
	$atts              = haven_widgets_shortcode_atts( $atts, 'helplines' );
	$atts['helplines'] = array();
	foreach ( haven_widgets_shortcode_items( $content, 'haven_helpline' ) as list( $item, $inner ) ) {
		$description = haven_widgets_shortcode_text( $inner );
		if ( '' !== $description ) {
			$item['description'] = $description;
		}
		$atts['helplines'][] = $item;
	}
	$expects = '<ul><li><strong>Name</strong> <a href="tel:…">number</a></li></ul> lists, or [haven_helpline name="…" phone="…"] items';
	if ( ! $atts['helplines'] ) {
		$shown = haven_widgets_shortcode_with_markup(
			'haven_helplines',
			'helplines',
			$content,
			static function ( $markup ) use ( $atts ) {
				return haven_widgets_render_helplines( $atts, '', $markup );
			},
			$expects
		);
		if ( null !== $shown ) {
			return $shown;
		}
	} elseif ( ! haven_widgets_clean_helplines( $atts['helplines'] ) ) {
		return haven_widgets_shortcode_unread( 'haven_helplines', $content, $expects );
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
	return haven_widgets_render_quick_exit( haven_widgets_shortcode_atts( $atts, 'quick-exit' ) );
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
