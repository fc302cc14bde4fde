<?php
echo "blog";
