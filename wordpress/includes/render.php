<?php
/**
 * Each widget's attributes cleaned, then rendered as its custom element with its content in
 * the light-DOM form the widget reads, so the page reads well before (or without) scripts.
 * Blocks and shortcodes both come here; the widget itself validates again in the browser.
 *
 * Every function takes the block's attribute names (camelCase); shortcodes map theirs.
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widget's prompt categories (src/components/empathy-prompts/prompts-content.ts).
 */
const HAVEN_WIDGETS_PROMPT_CATEGORIES = array( 'reflect', 'ask', 'validate', 'boundaries' );

/**
 * Attributes for a tag: null, false and '' are left out, true is a bare attribute, the rest is
 * escaped.
 *
 * @param array $attrs Name => value; names are the plugin's own.
 * @return string
 */
function haven_widgets_html_attributes( array $attrs ) {
	$out = '';
	foreach ( $attrs as $name => $value ) {
		if ( null === $value || false === $value || '' === $value ) {
			continue;
		}
		if ( true === $value ) {
			$out .= ' ' . $name;
		} elseif ( in_array( $name, array( 'href', 'safety-href' ), true ) ) {
			$out .= ' ' . $name . '="' . esc_url( (string) $value ) . '"';
		} else {
			$out .= ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	return $out;
}

/**
 * The element's opening tag with the attributes every widget shares.
 *
 * @param string $tag     The element (haven-faq…).
 * @param array  $attrs   Its own attributes.
 * @param string $theme   The block's or shortcode's theme choice ('' for the site's).
 * @param string $wrapper Extra attributes, already escaped (get_block_wrapper_attributes()).
 * @return string
 */
function haven_widgets_open_tag( $tag, array $attrs, $theme, $wrapper = '' ) {
	$attrs['theme']  = haven_widgets_theme( $theme );
	$attrs['locale'] = haven_widgets_locale();
	return '<' . $tag . ( '' !== $wrapper ? ' ' . $wrapper : '' ) . haven_widgets_html_attributes( $attrs ) . '>';
}

/**
 * Text with a few inline tags kept (links, bold, italics, line breaks), the rest removed.
 *
 * @param mixed $value Text a block or shortcode holds.
 * @return string Safe HTML.
 */
function haven_widgets_inline_html( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$allowed = array(
		'a'      => array( 'href' => true ),
		'strong' => array(),
		'em'     => array(),
		'b'      => array(),
		'i'      => array(),
		'br'     => array(),
	);
	return trim( wp_kses( (string) $value, $allowed ) );
}

/**
 * A boolean from a block (true/false) or a shortcode ("yes", "true", "1", "on").
 *
 * @param mixed $value Anything.
 * @return bool
 */
function haven_widgets_bool( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_scalar( $value ) && in_array( strtolower( trim( (string) $value ) ), array( '1', 'yes', 'true', 'on' ), true );
}

/**
 * A whole number within bounds, else null.
 *
 * @param mixed $value Anything.
 * @param int   $min   Lowest allowed.
 * @param int   $max   Highest allowed.
 * @return int|null
 */
function haven_widgets_int( $value, $min, $max ) {
	if ( ! is_scalar( $value ) || '' === trim( (string) $value ) || ! is_numeric( $value ) ) {
		return null;
	}
	$n = (int) $value;
	return $n >= $min && $n <= $max && (float) $value === (float) $n ? $n : null;
}

/**
 * A value from an attribute array.
 *
 * @param array  $atts    Attributes.
 * @param string $key     Name.
 * @param mixed  $default When absent.
 * @return mixed
 */
function haven_widgets_att( array $atts, $key, $default = '' ) {
	return array_key_exists( $key, $atts ) ? $atts[ $key ] : $default;
}

/**
 * A widget's options from a block's or shortcode's attributes, each cleaned as its control
 * asks (the list is generated from the widgets' own JSDoc: includes/options.php), and the
 * block's theme choice as it is (haven_widgets_theme() reads it).
 *
 * @param string $widget faq, grounding-timer…
 * @param array  $atts   Attributes by their block names (camelCase).
 * @return array Option name => clean value.
 */
function haven_widgets_clean_options( $widget, array $atts ) {
	$clean = array( 'theme' => haven_widgets_att( $atts, 'theme' ) );
	foreach ( HAVEN_WIDGETS_OPTIONS[ $widget ] as $name => $option ) {
		$clean[ $name ] = haven_widgets_clean_option( haven_widgets_att( $atts, $name, $option['default'] ), $option );
	}
	return $clean;
}

/**
 * One option's value cleaned by its control: a toggle is a boolean, a select one of its
 * choices (else the default), checkboxes some of theirs, a number a whole number within its
 * bounds (else null), a link a safe URL, a phone number a phone number, the rest plain text.
 * A control of a widget's own (a breathing pattern, a stage) is plain text here; the widget's
 * renderer checks it further.
 *
 * @param mixed $value  What the block or shortcode holds.
 * @param array $option Its entry in HAVEN_WIDGETS_OPTIONS.
 * @return mixed
 */
function haven_widgets_clean_option( $value, array $option ) {
	$choices = isset( $option['choices'] ) ? $option['choices'] : array();
	switch ( $option['control'] ) {
		case 'toggle':
			return haven_widgets_bool( $value );
		case 'checkboxes':
			if ( is_string( $value ) ) {
				$value = preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY );
			}
			return array_values( array_unique( array_intersect( is_array( $value ) ? $value : array(), $choices ) ) );
		case 'select':
			if ( 'number' === $option['type'] ) {
				$number = haven_widgets_int( $value, min( $choices ), max( $choices ) );
				return in_array( $number, $choices, true ) ? $number : $option['default'];
			}
			return haven_widgets_enum( $value, $choices, $option['default'] );
		case 'number':
			return haven_widgets_int( $value, $option['min'], $option['max'] );
		case 'url':
			return haven_widgets_url( $value );
		case 'tel':
			return haven_widgets_phone( $value );
		default:
			return haven_widgets_text( $value );
	}
}

/**
 * A widget's clean options as its element's attributes: lists joined by spaces, a number equal
 * to its default left out (the widget has it already).
 *
 * @param string $widget faq, grounding-timer…
 * @param array  $clean  From haven_widgets_clean_options().
 * @return array Attribute => value, for haven_widgets_open_tag().
 */
function haven_widgets_option_attributes( $widget, array $clean ) {
	$attrs = array();
	foreach ( HAVEN_WIDGETS_OPTIONS[ $widget ] as $name => $option ) {
		$value = $clean[ $name ];
		if ( is_array( $value ) ) {
			$value = implode( ' ', $value );
		} elseif ( 'number' === $option['type'] && $value === $option['default'] ) {
			$value = '';
		}
		$attrs[ $option['attribute'] ] = $value;
	}
	return $attrs;
}

/**
 * An id as the widgets use them (`how-do-i-know`), or ''.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_id( $value ) {
	return is_scalar( $value ) ? sanitize_title( (string) $value ) : '';
}

/**
 * A few of the widgets' own words in the site's language (build/fallbacks.json, written from
 * the widgets' locale tables when the plugin is built): what the page shows inside an element
 * for visitors whose scripts are off or blocked.
 *
 * @param string $key leave, timer, stageCaption or stageColumns.
 * @return mixed The locale's value, else English's, else ''.
 */
function haven_widgets_fallback_string( $key ) {
	static $strings = null;
	if ( null === $strings ) {
		$file    = HAVEN_WIDGETS_DIR . 'build/fallbacks.json';
		$strings = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : array(); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$strings = is_array( $strings ) ? $strings : array();
	}
	$locale = haven_widgets_locale();
	foreach ( array( $locale, 'en' ) as $lang ) {
		if ( isset( $strings[ $lang ][ $key ] ) ) {
			return $strings[ $lang ][ $key ];
		}
	}
	return '';
}

/**
 * A count in a widget string's plural form, as the widgets' formatCount() does:
 * `{n:one=# second|other=# seconds}`, with the plural rules of the six locales.
 *
 * @param string    $template The string.
 * @param string    $key      The placeholder (n).
 * @param int|float $number   The count.
 * @return string
 */
function haven_widgets_plural( $template, $key, $number ) {
	$lang     = haven_widgets_locale();
	$whole    = floor( $number ) === (float) $number;
	$category = 'other';
	if ( 'ar' === $lang ) {
		$mod = (int) $number % 100;
		if ( $whole ) {
			$category = 0 == $number ? 'zero' : ( 1 == $number ? 'one' : ( 2 == $number ? 'two' : ( $mod >= 3 && $mod <= 10 ? 'few' : ( $mod >= 11 ? 'many' : 'other' ) ) ) ); // phpcs:ignore Universal.Operators.StrictComparisons.LooseEqual -- an int or a float.
		}
	} elseif ( in_array( $lang, array( 'fr', 'pt' ), true ) ) {
		$category = $number < 2 ? 'one' : 'other';
	} elseif ( $whole && 1 == $number ) { // phpcs:ignore Universal.Operators.StrictComparisons.LooseEqual -- an int or a float.
		$category = 'one';
	}
	$shown = (string) ( $whole ? (int) $number : $number );
	if ( in_array( $lang, array( 'es', 'fr', 'de', 'pt' ), true ) ) {
		$shown = str_replace( '.', ',', $shown );
	}
	return preg_replace_callback(
		'/\{' . preg_quote( $key, '/' ) . ':([^{}]*)\}/',
		static function ( $m ) use ( $category, $shown ) {
			$forms = array();
			foreach ( explode( '|', $m[1] ) as $form ) {
				if ( false !== strpos( $form, '=' ) ) {
					$forms[ trim( substr( $form, 0, strpos( $form, '=' ) ) ) ] = substr( $form, strpos( $form, '=' ) + 1 );
				}
			}
			$words = isset( $forms[ $category ] ) ? $forms[ $category ] : ( isset( $forms['other'] ) ? $forms['other'] : $m[0] );
			return str_replace( '#', $shown, $words );
		},
		$template
	);
}

/*
 * FAQ.
 */

/**
 * FAQ attributes cleaned: items { question, answer, id? }. A block's answer is text with a few
 * inline tags; a shortcode's is the post's own HTML.
 *
 * @param array $atts         Block attributes.
 * @param bool  $html_answers Whether answers are post HTML (shortcodes) rather than text (blocks).
 * @return array
 */
function haven_widgets_clean_faq( array $atts, $html_answers = false ) {
	$items = array();
	$raw   = haven_widgets_att( $atts, 'items', array() );
	foreach ( is_array( $raw ) ? $raw : array() as $item ) {
		if ( ! is_array( $item ) ) {
			continue;
		}
		$question = haven_widgets_text( haven_widgets_att( $item, 'question' ) );
		$answer   = haven_widgets_att( $item, 'answer' );
		$answer   = $html_answers ? wp_kses_post( is_scalar( $answer ) ? (string) $answer : '' ) : wpautop( haven_widgets_inline_html( $answer ) );
		if ( '' === $question || '' === trim( wp_strip_all_tags( $answer ) ) ) {
			continue;
		}
		$items[] = array(
			'question' => $question,
			'answer'   => $answer,
			'id'       => haven_widgets_id( haven_widgets_att( $item, 'id' ) ),
		);
	}
	return array( 'items' => array_slice( $items, 0, 1000 ) ) + haven_widgets_clean_options( 'faq', $atts );
}

/**
 * An FAQ: each item a <details><summary>, which reads as an FAQ without the script too.
 * No items: the widget shows its built-in questions.
 *
 * @param array       $atts         Block attributes (cleaned here).
 * @param string      $wrapper      Extra attributes, already escaped.
 * @param bool        $html_answers Whether answers are post HTML (shortcodes) rather than text (blocks).
 * @param string|null $markup       The site's own <details> markup, already cleaned (a shortcode's content), instead of items.
 * @return string
 */
function haven_widgets_render_faq( array $atts, $wrapper = '', $html_answers = false, $markup = null ) {
	$faq = haven_widgets_clean_faq( $atts, $html_answers );
	haven_widgets_use( 'faq' );
	$out = haven_widgets_open_tag(
		'haven-faq',
		haven_widgets_option_attributes( 'faq', $faq ),
		$faq['theme'],
		$wrapper
	);
	if ( null !== $markup ) {
		return $out . $markup . '</haven-faq>';
	}
	foreach ( $faq['items'] as $item ) {
		$out .= '<details' . haven_widgets_html_attributes( array( 'id' => $item['id'] ) ) . '><summary>' . esc_html( $item['question'] ) . '</summary>' . trim( $item['answer'] ) . '</details>';
	}
	return $out . '</haven-faq>';
}

/*
 * Grounding timer.
 */

/**
 * Timer attributes cleaned.
 *
 * @param array $atts Block attributes.
 * @return array
 */
function haven_widgets_clean_grounding_timer( array $atts ) {
	$timer = haven_widgets_clean_options( 'grounding-timer', $atts );
	if ( ! in_array( $timer['pattern'], array( 'relaxed', 'box', '4-7-8', 'resonant' ), true ) ) {
		// Two to four numbers of seconds: in, out; in, hold, out; in, hold, out, hold.
		$timer['pattern'] = preg_match( '/^\d{1,2}(\.\d+)?(\s+\d{1,2}(\.\d+)?){1,3}$/', $timer['pattern'] ) ? $timer['pattern'] : '';
	}
	return $timer;
}

/**
 * The exercise's steps as text, for visitors whose scripts do not run: the breathing
 * pattern's phases (relaxed when the visitor would choose), or the five grounding steps. The
 * widget has no slot, so once it runs this is not shown, and it does not read it.
 *
 * @param array $timer Cleaned timer attributes.
 * @return string
 */
function haven_widgets_grounding_timer_fallback( array $timer ) {
	$s = haven_widgets_fallback_string( 'timer' );
	if ( ! is_array( $s ) || empty( $s['steps'] ) ) {
		return '';
	}
	$items = array();
	if ( 'grounding' === $timer['exercise'] ) {
		$title = $s['grounding'];
		foreach ( $s['steps'] as $step ) {
			$items[] = '<strong>' . esc_html( $step['title'] ) . '</strong><br>' . esc_html( $step['prompt'] );
		}
	} else {
		$named   = array(
			'relaxed'  => array( 5, 5 ),
			'box'      => array( 4, 4, 4, 4 ),
			'4-7-8'    => array( 4, 7, 8 ),
			'resonant' => array( 5.5, 5.5 ),
		);
		$pattern = '' === $timer['pattern'] ? 'relaxed' : $timer['pattern'];
		$seconds = isset( $named[ $pattern ] ) ? $named[ $pattern ] : array_map( 'floatval', preg_split( '/\s+/', $pattern ) );
		$title   = isset( $named[ $pattern ] ) ? $s[ $pattern ] : $s['breathing'];
		$kinds   = 2 === count( $seconds ) ? array( 'in', 'out' ) : array( 'in', 'hold', 'out', 'hold' );
		foreach ( $seconds as $i => $n ) {
			if ( $n > 0 ) {
				$items[] = esc_html( str_replace( '{label}', $s[ $kinds[ $i ] ], haven_widgets_plural( $s['phaseSays'], 'n', $n ) ) );
			}
		}
	}
	// In the widgets' language, which may not be the page's.
	$lang = ' lang="' . esc_attr( haven_widgets_locale() ) . '"' . ( 'ar' === haven_widgets_locale() ? ' dir="rtl"' : '' );
	return '<p' . $lang . '>' . esc_html( $title ) . '</p><ol' . $lang . '><li>' . implode( '</li><li>', $items ) . '</li></ol>';
}

/**
 * A grounding timer, with its steps as text inside for visitors whose scripts do not run.
 *
 * @param array  $atts    Block attributes (cleaned here).
 * @param string $wrapper Extra attributes, already escaped.
 * @return string
 */
function haven_widgets_render_grounding_timer( array $atts, $wrapper = '' ) {
	$timer = haven_widgets_clean_grounding_timer( $atts );
	haven_widgets_use( 'grounding-timer' );
	return haven_widgets_open_tag(
		'haven-grounding-timer',
		haven_widgets_option_attributes( 'grounding-timer', $timer ),
		$timer['theme'],
		$wrapper
	) . haven_widgets_grounding_timer_fallback( $timer ) . '</haven-grounding-timer>';
}

/*
 * Empathy prompts.
 */

/**
 * Prompts attributes cleaned: prompts { category, text }, the categories shown, the first.
 *
 * @param array $atts Block attributes.
 * @return array
 */
function haven_widgets_clean_empathy_prompts( array $atts ) {
	$prompts = array();
	$raw     = haven_widgets_att( $atts, 'prompts', array() );
	foreach ( is_array( $raw ) ? $raw : array() as $prompt ) {
		$category = is_array( $prompt ) ? haven_widgets_enum( haven_widgets_att( $prompt, 'category' ), HAVEN_WIDGETS_PROMPT_CATEGORIES, '' ) : '';
		$text     = is_array( $prompt ) ? haven_widgets_text( haven_widgets_att( $prompt, 'text' ) ) : '';
		if ( '' !== $category && '' !== $text ) {
			$prompts[] = array(
				'category' => $category,
				'text'     => $text,
			);
		}
	}
	return array( 'prompts' => array_slice( $prompts, 0, 1000 ) ) + haven_widgets_clean_options( 'empathy-prompts', $atts );
}

/**
 * Empathy prompts: one <ul data-category> per kind. No prompts: the built-in ones.
 *
 * @param array       $atts    Block attributes (cleaned here).
 * @param string      $wrapper Extra attributes, already escaped.
 * @param string|null $markup  The site's own lists, already cleaned (a shortcode's content), instead of prompts.
 * @return string
 */
function haven_widgets_render_empathy_prompts( array $atts, $wrapper = '', $markup = null ) {
	$set = haven_widgets_clean_empathy_prompts( $atts );
	haven_widgets_use( 'empathy-prompts' );
	$out = haven_widgets_open_tag(
		'haven-empathy-prompts',
		haven_widgets_option_attributes( 'empathy-prompts', $set ),
		$set['theme'],
		$wrapper
	);
	if ( null !== $markup ) {
		return $out . $markup . '</haven-empathy-prompts>';
	}
	foreach ( HAVEN_WIDGETS_PROMPT_CATEGORIES as $category ) {
		$items = wp_list_filter( $set['prompts'], array( 'category' => $category ) );
		if ( $items ) {
			$out .= '<ul data-category="' . esc_attr( $category ) . '">';
			foreach ( $items as $prompt ) {
				$out .= '<li>' . esc_html( $prompt['text'] ) . '</li>';
			}
			$out .= '</ul>';
		}
	}
	return $out . '</haven-empathy-prompts>';
}

/*
 * Stage table.
 */

/**
 * Stage table attributes cleaned: caption, columns, stages { name, cells[], id? }.
 *
 * @param array $atts Block attributes.
 * @return array
 */
function haven_widgets_clean_stage_table( array $atts ) {
	$columns = haven_widgets_att( $atts, 'columns', array() );
	$columns = array_map( 'haven_widgets_text', is_array( $columns ) ? array_values( $columns ) : array() );
	// Headings only count when every one is filled in, as the widget asks.
	if ( count( $columns ) < 2 || in_array( '', $columns, true ) ) {
		$columns = array();
	}
	$stages = array();
	$raw    = haven_widgets_att( $atts, 'stages', array() );
	foreach ( is_array( $raw ) ? $raw : array() as $stage ) {
		$name = is_array( $stage ) ? haven_widgets_text( haven_widgets_att( $stage, 'name' ) ) : '';
		if ( '' === $name ) {
			continue;
		}
		$cells = haven_widgets_att( $stage, 'cells', array() );
		$cells = array_map( 'haven_widgets_inline_html', is_array( $cells ) ? array_values( $cells ) : array() );
		if ( $columns ) {
			$cells = array_pad( array_slice( $cells, 0, count( $columns ) - 1 ), count( $columns ) - 1, '' );
		}
		$stages[] = array(
			'name'  => $name,
			'cells' => $cells,
			'id'    => haven_widgets_id( haven_widgets_att( $stage, 'id' ) ),
		);
	}
	$table = array(
		'columns' => $columns,
		'stages'  => array_slice( $stages, 0, 100 ),
	) + haven_widgets_clean_options( 'stage-table', $atts );
	// A stage is named by its id, as the widget makes them.
	$table['current'] = haven_widgets_id( $table['current'] );
	return $table;
}

/**
 * A stage table: the site's stages as a <table>, a line break in a cell starting a new
 * paragraph; without a caption or headings of its own, the widget's (in the site's
 * language), so the table reads the same before, or without, the script. No stages: the
 * built-in ones.
 *
 * @param array       $atts    Block attributes (cleaned here).
 * @param string      $wrapper Extra attributes, already escaped.
 * @param string|null $markup  The site's own <table>, already cleaned (a shortcode's content), instead of stages.
 * @return string
 */
function haven_widgets_render_stage_table( array $atts, $wrapper = '', $markup = null ) {
	$table = haven_widgets_clean_stage_table( $atts );
	haven_widgets_use( 'stage-table' );
	$out = haven_widgets_open_tag(
		'haven-stage-table',
		// With stages of its own, the caption is in the table.
		array( 'caption' => $table['stages'] || null !== $markup ? '' : $table['caption'] ) + haven_widgets_option_attributes( 'stage-table', $table ),
		$table['theme'],
		$wrapper
	);
	if ( null !== $markup ) {
		return $out . $markup . '</haven-stage-table>';
	}
	if ( $table['stages'] ) {
		$caption = '' !== $table['caption'] ? $table['caption'] : haven_widgets_fallback_string( 'stageCaption' );
		$columns = $table['columns'];
		if ( ! $columns ) {
			// The widget's own headings, when they fit the rows (a name and two cells).
			$columns = (array) haven_widgets_fallback_string( 'stageColumns' );
			$widest  = max( array_map( 'count', wp_list_pluck( $table['stages'], 'cells' ) ) );
			$columns = count( $columns ) >= $widest + 1 ? $columns : array();
		}
		$out .= '<table>';
		if ( is_string( $caption ) && '' !== $caption ) {
			$out .= '<caption>' . esc_html( $caption ) . '</caption>';
		}
		if ( $columns ) {
			$out .= '<thead><tr>';
			foreach ( $columns as $column ) {
				$out .= '<th scope="col">' . esc_html( $column ) . '</th>';
			}
			$out .= '</tr></thead>';
		}
		$out .= '<tbody>';
		foreach ( $table['stages'] as $stage ) {
			$out .= '<tr' . haven_widgets_html_attributes( array( 'id' => $stage['id'] ) ) . '><th scope="row">' . esc_html( $stage['name'] ) . '</th>';
			foreach ( $stage['cells'] as $cell ) {
				$lines = array_filter( array_map( 'trim', preg_split( '/\s*(?:\R|<br\s*\/?>)\s*/i', $cell ) ) );
				$out  .= '<td>' . ( $lines ? '<p>' . implode( '</p><p>', $lines ) . '</p>' : '' ) . '</td>';
			}
			$out .= '</tr>';
		}
		$out .= '</tbody></table>';
	}
	return $out . '</haven-stage-table>';
}

/*
 * Helplines.
 */

/**
 * Helplines attributes cleaned. A block without helplines of its own gets the site's, and
 * likewise for the emergency number.
 *
 * @param array $atts Block attributes.
 * @return array
 */
function haven_widgets_clean_helplines_block( array $atts ) {
	$settings = haven_widgets_settings();
	$lines    = haven_widgets_clean_helplines( haven_widgets_att( $atts, 'helplines', array() ) );
	$block    = haven_widgets_clean_options( 'helplines', $atts );
	if ( '' === $block['emergencyNumber'] ) {
		$block['emergencyNumber'] = haven_widgets_phone( $settings['emergency_number'] );
	}
	return array( 'helplines' => $lines ? $lines : haven_widgets_clean_helplines( $settings['helplines'] ) ) + $block;
}

/**
 * Helplines: the lines as JSON for the widget, and as a list for anyone whose scripts do not
 * run (the numbers matter most then).
 *
 * @param array       $atts    Block attributes (cleaned here).
 * @param string      $wrapper Extra attributes, already escaped.
 * @param string|null $markup  The site's own helpline lists, already cleaned (a shortcode's content), instead of helplines.
 * @return string
 */
function haven_widgets_render_helplines( array $atts, $wrapper = '', $markup = null ) {
	$block = haven_widgets_clean_helplines_block( $atts );
	haven_widgets_use( 'helplines' );
	$out = haven_widgets_open_tag(
		'haven-helplines',
		haven_widgets_option_attributes( 'helplines', $block ),
		$block['theme'],
		$wrapper
	);
	if ( null !== $markup ) {
		return $out . $markup . '</haven-helplines>';
	}
	$json = array();
	foreach ( $block['helplines'] as $line ) {
		$entry = array();
		foreach ( $line as $key => $value ) {
			if ( '' !== $value ) {
				// sanitize_text_field() wrote a lone "<" as "&lt;"; the widget shows JSON text as it is.
				$entry[ $key ] = wp_specialchars_decode( $value, ENT_QUOTES );
			}
		}
		if ( isset( $entry['languages'] ) ) {
			$entry['languages'] = array_values( array_filter( array_map( 'trim', explode( ',', $entry['languages'] ) ) ) );
		}
		$json[] = $entry;
	}
	if ( $json ) {
		$out .= '<script type="application/json">' . wp_json_encode( $json, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE ) . '</script>';
	}
	$out .= haven_widgets_helplines_fallback( $block['helplines'], $block['emergencyNumber'], $block['headingLevel'] );
	return $out . '</haven-helplines>';
}

/**
 * The helplines as plain markup (the widget's markup form), shown until the script runs.
 *
 * @param array  $lines     Cleaned helplines.
 * @param string $emergency The emergency number, or ''.
 * @param int    $level     Heading level of the regions.
 * @return string
 */
function haven_widgets_helplines_fallback( array $lines, $emergency, $level ) {
	$tel = static function ( $number ) {
		return preg_replace( '/[\s().-]/', '', $number );
	};
	$out = '';
	if ( '' !== $emergency ) {
		$out .= '<p>' . sprintf(
			/* translators: %s: the local emergency number, as a link. */
			esc_html__( 'In an emergency, call %s.', 'haven-widgets' ),
			'<a href="' . esc_url( 'tel:' . $tel( $emergency ), array( 'tel' ) ) . '">' . esc_html( $emergency ) . '</a>'
		) . '</p>';
	}
	$region = null;
	$open   = false;
	foreach ( $lines as $line ) {
		if ( $line['region'] !== $region ) {
			if ( $open ) {
				$out .= '</ul>';
			}
			$region = $line['region'];
			if ( '' !== $region ) {
				$out .= '<h' . (int) $level . '>' . esc_html( $region ) . '</h' . (int) $level . '>';
			}
			$out .= '<ul>';
			$open = true;
		}
		$out .= '<li><strong>' . esc_html( $line['name'] ) . '</strong>';
		if ( '' !== $line['description'] ) {
			$out .= ' <span data-description>' . esc_html( $line['description'] ) . '</span>';
		}
		if ( '' !== $line['phone'] ) {
			$out .= ' <a href="' . esc_url( 'tel:' . $tel( $line['phone'] ), array( 'tel' ) ) . '">' . esc_html( $line['phone'] ) . '</a>';
		}
		if ( '' !== $line['sms'] ) {
			$out .= ' <a href="' . esc_url( 'sms:' . $tel( $line['sms'] ), array( 'sms' ) ) . '"' . haven_widgets_html_attributes( array( 'data-keyword' => $line['keyword'] ) ) . '>'
				. esc_html(
					'' !== $line['keyword']
						/* translators: 1: a keyword, 2: a text (SMS) number. */
						? sprintf( __( 'Text %1$s to %2$s', 'haven-widgets' ), $line['keyword'], $line['sms'] )
						/* translators: %s: a text (SMS) number. */
						: sprintf( __( 'Text %s', 'haven-widgets' ), $line['sms'] )
				) . '</a>';
		}
		if ( '' !== $line['chat'] ) {
			$out .= ' <a data-chat href="' . esc_url( $line['chat'] ) . '" rel="noopener noreferrer">' . esc_html__( 'Chat online', 'haven-widgets' ) . '</a>';
		}
		if ( '' !== $line['web'] ) {
			$out .= ' <a href="' . esc_url( $line['web'] ) . '" rel="noopener noreferrer">' . esc_html__( 'Website', 'haven-widgets' ) . '</a>';
		}
		if ( '' !== $line['hours'] ) {
			$out .= ' <span data-hours>' . esc_html( $line['hours'] ) . '</span>';
		}
		if ( '' !== $line['languages'] ) {
			$out .= ' <span data-languages>' . esc_html( $line['languages'] ) . '</span>';
		}
		$out .= '</li>';
	}
	return $out . ( $open ? '</ul>' : '' );
}

/*
 * Quick exit.
 */

/**
 * Quick exit attributes cleaned; the site's destination and safety page fill what is empty.
 *
 * @param array $atts Block attributes.
 * @return array
 */
function haven_widgets_clean_quick_exit( array $atts ) {
	$settings = haven_widgets_settings();
	$exit     = haven_widgets_clean_options( 'quick-exit', $atts );
	foreach ( array( 'href' => 'exit_href', 'safetyHref' => 'exit_safety_href' ) as $option => $setting ) {
		if ( '' === $exit[ $option ] ) {
			$exit[ $option ] = haven_widgets_url( $settings[ $setting ] );
		}
	}
	return $exit;
}

/**
 * The link a quick exit holds for visitors whose scripts do not run: to the destination, in
 * the site's language. The widget takes it over when it upgrades (its shadow root is shown
 * instead).
 *
 * @param string $href The exit's destination, or '' for the widget's default.
 * @return string
 */
function haven_widgets_quick_exit_fallback( $href ) {
	$label = haven_widgets_fallback_string( 'leave' );
	if ( ! is_string( $label ) || '' === $label ) {
		return '';
	}
	return '<a href="' . esc_url( '' !== $href ? $href : 'https://www.wikipedia.org/' ) . '">' . esc_html( $label ) . '</a>';
}

/**
 * A quick exit, with a link to its destination inside. A fixed one is left out where the
 * site-wide one is on (it would sit on top of it).
 *
 * @param array  $atts    Block attributes (cleaned here).
 * @param string $wrapper Extra attributes, already escaped.
 * @return string
 */
function haven_widgets_render_quick_exit( array $atts, $wrapper = '' ) {
	$exit = haven_widgets_clean_quick_exit( $atts );
	if ( 'fixed' === $exit['placement'] && haven_widgets_site_exit_enabled() ) {
		return '';
	}
	haven_widgets_use( 'quick-exit' );
	return haven_widgets_open_tag(
		'haven-quick-exit',
		haven_widgets_option_attributes( 'quick-exit', $exit ),
		$exit['theme'],
		$wrapper
	) . haven_widgets_quick_exit_fallback( $exit['href'] ) . '</haven-quick-exit>';
}
